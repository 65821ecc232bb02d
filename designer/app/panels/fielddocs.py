"""What each field means, for tooltips: the spec's own words (Chinese) and an English one.

The Chinese text is the spec's 参数含义/范围/备注 columns word for word, so a producer can
check a value against the document Tencent publishes. The English is ours, marked for
translation; the Chinese is not translated (it is the source being quoted).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The context is written out in every call: pyside6-lupdate extracts only literal ones.


@dataclass(frozen=True, slots=True)
class FieldDoc:
    name: str
    #: A short English label for the form (translated).
    title: str
    #: The range as the form shows it next to the field (translated).
    range: str
    #: The spec's meaning, range and remarks, verbatim; empty for design-only fields.
    zh: str
    #: The same in English (translated).
    en: str


_PX_OR_FRACTION_ZH = "范围:像素:[0,3000] 百分比:[0.01,0.99]"

_DOCS = (
    FieldDoc(
        "app_id", QT_TRANSLATE_NOOP("FieldDocs", "App ID"),
        QT_TRANSLATE_NOOP("FieldDocs", "int32, > 0"),
        "直播 APPID。类型:int32。必填。",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "Your live-streaming APPID (int32). Required by the service; left empty "
                         "here, it is filled from the account when sending."),
    ),
    FieldDoc(
        "mix_stream_session_id", QT_TRANSLATE_NOOP("FieldDocs", "Session ID"),
        QT_TRANSLATE_NOOP("FieldDocs", "1–80 letters, digits, _"),
        "混流会话(申请混流开始到取消混流结束)标识 ID。范围:80字节以内,仅含字母、数字以及下划线"
        "的字符串。申请混流成功后,业务需要记录该值,在取消混流时,将申请混流时的 "
        "mix_stream_session_id 填入。必填。",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "Identifies one mix session, from start to cancel. Up to 80 bytes of "
                         "letters, digits and underscores. Keep it: cancelling needs the same id. "
                         "Required."),
    ),
    FieldDoc(
        "mix_stream_template_id", QT_TRANSLATE_NOOP("FieldDocs", "Template"),
        QT_TRANSLATE_NOOP("FieldDocs", "0, 10…50, 310, 390, 391, 410, 510, 590, 610"),
        "输入模板 ID,若设置该参数,将按默认模板布局输出,无需填入自定义位置参数。"
        "范围:0,10,20,30,40,50 310,390,391,410,510,590,610。不填默认为0。 "
        "两输入源支持10,20,30,40,50。 三输入源支持310,390,391。 四输入源支持410。 "
        "五输入源支持510,590。 六输入源支持610。",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "Layout template. When set, the server lays the inputs out itself and no "
                         "positions are needed. Unset means 0 (custom positions). 2 inputs: 10, "
                         "20, 30, 40, 50; 3: 310, 390, 391; 4: 410; 5: 510, 590; 6: 610."),
    ),
    FieldDoc(
        "output_stream_id", QT_TRANSLATE_NOOP("FieldDocs", "Output stream ID"),
        QT_TRANSLATE_NOOP("FieldDocs", "1–80 letters, digits, _"),
        "输出流 ID。范围:80字节以内,仅含字母、数字以及下划线的字符串。指定输出流 ID。必填。",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "The id of the mixed output stream. Up to 80 bytes of letters, digits and "
                         "underscores. Required."),
    ),
    FieldDoc(
        "output_stream_type", QT_TRANSLATE_NOOP("FieldDocs", "Output stream type"),
        QT_TRANSLATE_NOOP("FieldDocs", "0 or 1"),
        "输出流类型。范围:0,1。不填默认为0。 当输出流为输入流 list 中的一条时,填写0。 "
        "当期望生成的混流结果成为一条新流时,该值填为1。 该值为1时,output_stream_id 不能出现在 "
        "input_stram_list 中,且直播后台中,不能存在相同 ID 的流。",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "Unset means 0. 0: the output is one of the input streams. 1: the mix "
                         "becomes a new stream; then the output id must not be an input, nor an "
                         "existing stream."),
    ),
    FieldDoc(
        "output_stream_bitrate", QT_TRANSLATE_NOOP("FieldDocs", "Output bitrate"),
        QT_TRANSLATE_NOOP("FieldDocs", "1–50000 kbit/s"),
        "输出码率。范围:[1,50000]。不填系统会自动判断。",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "Output bitrate, 1 to 50000. Left unset, the service chooses."),
    ),
    FieldDoc(
        "input_stream_id", QT_TRANSLATE_NOOP("FieldDocs", "Stream ID"),
        QT_TRANSLATE_NOOP("FieldDocs", "1–80 letters, digits, _"),
        "输入流 ID。范围:80字节以内,仅含字母、数字以及下划线的字符串。"
        "指定输入流 ID(即 StreamName)。必填。",
        QT_TRANSLATE_NOOP("FieldDocs", "The input stream's id (its StreamName). Up to 80 bytes of "
                                       "letters, digits and underscores. Required."),
    ),
    FieldDoc(
        "image_layer", QT_TRANSLATE_NOOP("FieldDocs", "Layer"),
        QT_TRANSLATE_NOOP("FieldDocs", "1–16"),
        "图层标识号。范围:[1,16]。1)背景流(即大主播画面或画布)的 image_layer 填1。 "
        "2)纯音频混流,该参数也需填。必填。",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "Layer number, 1 to 16. The background (main host or canvas) is layer 1. "
                         "Audio-only inputs need one too. Required."),
    ),
    FieldDoc(
        "input_type", QT_TRANSLATE_NOOP("FieldDocs", "Input type"),
        QT_TRANSLATE_NOOP("FieldDocs", "0, 2, 3, 4, 5"),
        "输入源类型。范围:[0,5]。不填默认为0。 0表示输入流为音视频。 2表示输入流为图片。 "
        "3表示输入流为画布。 4表示输入流为音频。 5表示输入流为纯视频。",
        QT_TRANSLATE_NOOP("FieldDocs", "Unset means 0. 0 audio + video, 2 picture (watermark), "
                                       "3 canvas (colour), 4 audio only, 5 video only."),
    ),
    FieldDoc(
        "image_width", QT_TRANSLATE_NOOP("FieldDocs", "Width"),
        QT_TRANSLATE_NOOP("FieldDocs", "px 0–3000 · fraction 0.01–0.99"),
        "输入画面在输出时的宽度。" + _PX_OR_FRACTION_ZH + "。不填默认为输入流的宽度。 "
        "使用百分比时,期望输出为(百分比 * 背景宽)。",
        QT_TRANSLATE_NOOP("FieldDocs", "Width of the picture on the output: pixels (0–3000) or a "
                                       "fraction of the background's width (0.01–0.99). Unset: the "
                                       "stream's own width."),
    ),
    FieldDoc(
        "image_height", QT_TRANSLATE_NOOP("FieldDocs", "Height"),
        QT_TRANSLATE_NOOP("FieldDocs", "px 0–3000 · fraction 0.01–0.99"),
        "输入画面在输出时的高度。" + _PX_OR_FRACTION_ZH + "。不填默认为输入流的高度。 "
        "使用百分比时,期望输出为(百分比 * 背景高)。",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "Height of the picture on the output: pixels (0–3000) or a fraction of "
                         "the background's height (0.01–0.99). Unset: the stream's own height."),
    ),
    FieldDoc(
        "location_x", QT_TRANSLATE_NOOP("FieldDocs", "X"),
        QT_TRANSLATE_NOOP("FieldDocs", "px 0–3000 · fraction 0.01–0.99"),
        "x 偏移。" + _PX_OR_FRACTION_ZH + "。不填默认为0。 相对于大主播背景画面左上角的横向偏移。 "
        "使用百分比时,期望输出为(百分比 * 背景宽)。",
        QT_TRANSLATE_NOOP("FieldDocs", "Horizontal offset from the background's top-left corner: "
                                       "pixels or a fraction of the background's width. Unset: 0."),
    ),
    FieldDoc(
        "location_y", QT_TRANSLATE_NOOP("FieldDocs", "Y"),
        QT_TRANSLATE_NOOP("FieldDocs", "px 0–3000 · fraction 0.01–0.99"),
        "y 偏移。" + _PX_OR_FRACTION_ZH + "。不填默认为0。 相对于大主播背景画面左上角的纵向偏移。 "
        "使用百分比时,期望输出为(百分比 * 背景高)。",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "Vertical offset from the background's top-left corner: pixels or a "
                         "fraction of the background's height. Unset: 0."),
    ),
    FieldDoc(
        "color", QT_TRANSLATE_NOOP("FieldDocs", "Colour"),
        QT_TRANSLATE_NOOP("FieldDocs", "0xRRGGBB"),
        "颜色。使用画布(input_type = 3)时填写,常用的颜色有: 红色:0xcc0033。 黄色:0xcc9900。 "
        "绿色:0xcccc33。 蓝色:0x99CCFF。 黑色:0x000000。 白色:0xFFFFFF。 灰色:0x999999。",
        QT_TRANSLATE_NOOP("FieldDocs", "The canvas colour (input_type 3), written 0xRRGGBB, e.g. "
                                       "0x000000 black, 0xFFFFFF white, 0x999999 grey."),
    ),
    FieldDoc(
        "picture_id", QT_TRANSLATE_NOOP("FieldDocs", "Picture ID"),
        QT_TRANSLATE_NOOP("FieldDocs", "int32"),
        "水印 ID。使用图片(input_type = 2)时填写,填入将图片上传为水印后生成的 ID。",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "For a picture input (input_type 2): the id the console gave the picture "
                         "when you uploaded it as a watermark."),
    ),
    FieldDoc(
        "crop_width", QT_TRANSLATE_NOOP("FieldDocs", "Crop width"),
        QT_TRANSLATE_NOOP("FieldDocs", "px 0–3000"),
        "裁剪源画面的宽度。范围:像素:[0,3000]。",
        QT_TRANSLATE_NOOP("FieldDocs", "Width of the part of the source kept, in source pixels."),
    ),
    FieldDoc(
        "crop_height", QT_TRANSLATE_NOOP("FieldDocs", "Crop height"),
        QT_TRANSLATE_NOOP("FieldDocs", "px 0–3000"),
        "裁剪源画面的高度。范围:像素:[0,3000]。",
        QT_TRANSLATE_NOOP("FieldDocs", "Height of the part of the source kept, in source pixels."),
    ),
    FieldDoc(
        "crop_x", QT_TRANSLATE_NOOP("FieldDocs", "Crop X"),
        QT_TRANSLATE_NOOP("FieldDocs", "px 0–3000"),
        "相对裁剪源画面左上角横向偏移。范围:像素:[0,3000]。",
        QT_TRANSLATE_NOOP("FieldDocs", "Horizontal offset of the crop from the source's top-left "
                                       "corner, in source pixels."),
    ),
    FieldDoc(
        "crop_y", QT_TRANSLATE_NOOP("FieldDocs", "Crop Y"),
        QT_TRANSLATE_NOOP("FieldDocs", "px 0–3000"),
        "相对裁剪源画面左上角纵向偏移。范围:像素:[0,3000]。",
        QT_TRANSLATE_NOOP("FieldDocs", "Vertical offset of the crop from the source's top-left "
                                       "corner, in source pixels."),
    ),
    # Design-only fields: the spec does not know them; they are never sent.
    FieldDoc(
        "source_width", QT_TRANSLATE_NOOP("FieldDocs", "Source width"),
        QT_TRANSLATE_NOOP("FieldDocs", "px 1–16384"), "",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "Design only, never sent: the width you expect the stream to have. It "
                         "bounds crops and shows where the server adds black bars."),
    ),
    FieldDoc(
        "source_height", QT_TRANSLATE_NOOP("FieldDocs", "Source height"),
        QT_TRANSLATE_NOOP("FieldDocs", "px 1–16384"), "",
        QT_TRANSLATE_NOOP("FieldDocs", "Design only, never sent: the height you expect the stream "
                                       "to have."),
    ),
    FieldDoc(
        "label", QT_TRANSLATE_NOOP("FieldDocs", "Label"),
        QT_TRANSLATE_NOOP("FieldDocs", "text"), "",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "Design only, never sent: a name for this layer on the canvas and in the "
                         "layer list."),
    ),
    FieldDoc(
        "preview_width", QT_TRANSLATE_NOOP("FieldDocs", "Preview width"),
        QT_TRANSLATE_NOOP("FieldDocs", "px 16–16384"), "",
        QT_TRANSLATE_NOOP(
            "FieldDocs", "Design only, never sent: the output size to draw while the background's "
                         "real size is unknown (a stream on layer 1 whose resolution is not "
                         "declared)."),
    ),
    FieldDoc(
        "preview_height", QT_TRANSLATE_NOOP("FieldDocs", "Preview height"),
        QT_TRANSLATE_NOOP("FieldDocs", "px 16–16384"), "",
        QT_TRANSLATE_NOOP("FieldDocs", "Design only, never sent: see preview width."),
    ),
    # API 3.0 only (CommonMixOutputParams / CommonMixControlParams); the Chinese is the
    # API's own parameter description, as Tencent's SDK carries it.
    FieldDoc(
        "api3.OutputParams.OutputStreamGop", QT_TRANSLATE_NOOP("FieldDocs", "GOP"),
        QT_TRANSLATE_NOOP("FieldDocs", "s 1–10"),
        "输出流GOP大小。取值范围[1,10]。不填的情况下，系统会自动判断。",
        QT_TRANSLATE_NOOP("FieldDocs", "API 3.0 only: the output's GOP (keyframe interval) in "
                                       "seconds, 1–10. Not set: the service decides."),
    ),
    FieldDoc(
        "api3.OutputParams.OutputStreamFrameRate", QT_TRANSLATE_NOOP("FieldDocs", "Frame rate"),
        QT_TRANSLATE_NOOP("FieldDocs", "fps 1–60"),
        "输出流帧率大小。取值范围[1,60]。不填的情况下，系统会自动判断。",
        QT_TRANSLATE_NOOP("FieldDocs", "API 3.0 only: the output's frame rate, 1–60. Not set: "
                                       "the service decides."),
    ),
    FieldDoc(
        "api3.OutputParams.OutputAudioBitRate", QT_TRANSLATE_NOOP("FieldDocs", "Audio bitrate"),
        QT_TRANSLATE_NOOP("FieldDocs", "kbps 1–500"),
        "输出流音频比特率。取值范围[1,500] 不填的情况下，系统会自动判断。",
        QT_TRANSLATE_NOOP("FieldDocs", "API 3.0 only: the output's audio bitrate in kbps, "
                                       "1–500. Not set: the service decides."),
    ),
    FieldDoc(
        "api3.OutputParams.OutputAudioSampleRate",
        QT_TRANSLATE_NOOP("FieldDocs", "Audio sample rate"),
        QT_TRANSLATE_NOOP("FieldDocs", "Hz, 8000–96000"),
        "输出流音频采样率。取值范围[96000, 88200, 64000, 48000, 44100, 32000,24000, 22050, "
        "16000, 12000, 11025, 8000]。不填的情况下，系统会自动判断。",
        QT_TRANSLATE_NOOP("FieldDocs", "API 3.0 only: the output's audio sample rate, one of "
                                       "the twelve the service lists. Not set: the service "
                                       "decides."),
    ),
    FieldDoc(
        "api3.OutputParams.OutputAudioChannels",
        QT_TRANSLATE_NOOP("FieldDocs", "Audio channels"),
        QT_TRANSLATE_NOOP("FieldDocs", "1 or 2"),
        "输出流音频声道数。取值范围[1,2]。不填的情况下，系统会自动判断。",
        QT_TRANSLATE_NOOP("FieldDocs", "API 3.0 only: mono (1) or stereo (2). Not set: the "
                                       "service decides."),
    ),
    FieldDoc(
        "api3.OutputParams.MixSei", QT_TRANSLATE_NOOP("FieldDocs", "SEI"),
        QT_TRANSLATE_NOOP("FieldDocs", "text"),
        "输出流中的sei信息。如果无特殊需要，不填。",
        QT_TRANSLATE_NOOP("FieldDocs", "API 3.0 only: SEI data put in the output stream. Leave "
                                       "it empty unless your player needs it."),
    ),
    FieldDoc(
        "api3.ControlParams.UseMixCropCenter",
        QT_TRANSLATE_NOOP("FieldDocs", "Crop to the box"),
        QT_TRANSLATE_NOOP("FieldDocs", "0 or 1"),
        "取值范围[0,1]。填1时，当参数中图层分辨率参数与视频实际分辨率不一致时，自动从视频中按图层设置"
        "的分辨率比例进行裁剪。",
        QT_TRANSLATE_NOOP("FieldDocs", "API 3.0 only: 1 crops each video to its box's aspect "
                                       "(from the centre) when they differ, instead of bars."),
    ),
    FieldDoc(
        "api3.ControlParams.AllowCopy", QT_TRANSLATE_NOOP("FieldDocs", "Copy one input"),
        QT_TRANSLATE_NOOP("FieldDocs", "0 or 1"),
        "取值范围[0,1] 填1时，当InputStreamList中个数为1时，且OutputParams.OutputStreamType为1时，"
        "不执行取消操作，执行拷贝流操作",
        QT_TRANSLATE_NOOP("FieldDocs", "API 3.0 only: 1 makes a single input with output type 1 "
                                       "a copy of that stream rather than a cancel."),
    ),
    FieldDoc(
        "api3.ControlParams.PassInputSei", QT_TRANSLATE_NOOP("FieldDocs", "Pass input SEI"),
        QT_TRANSLATE_NOOP("FieldDocs", "0 or 1"),
        "取值范围[0,1] 填1时，透传原始流的sei",
        QT_TRANSLATE_NOOP("FieldDocs", "API 3.0 only: 1 passes the inputs' SEI through."),
    ),
    FieldDoc(
        "api3.ControlParams.UsePictureTransparent",
        QT_TRANSLATE_NOOP("FieldDocs", "Picture transparency"),
        QT_TRANSLATE_NOOP("FieldDocs", "0 or 1"),
        "取值范围[0,1]。填1时，图片输入中的透明通道生效。",
        QT_TRANSLATE_NOOP("FieldDocs", "API 3.0 only: 1 makes pictures' alpha channel count "
                                       "(transparent watermarks)."),
    ),
)

DOCS: dict[str, FieldDoc] = {doc.name: doc for doc in _DOCS}


def tr(text: str) -> str:
    return QCoreApplication.translate("FieldDocs", text)


def title(name: str) -> str:
    return tr(DOCS[name].title)


def range_text(name: str) -> str:
    return tr(DOCS[name].range)


def tooltip(name: str) -> str:
    """Rich text: the field's name, its range, the spec's words and the English ones."""
    doc = DOCS[name]
    parts = [f"<b>{html.escape(name)}</b> — {html.escape(tr(doc.range))}"]
    if doc.zh:
        parts.append(html.escape(doc.zh))
    parts.append(f"<i>{html.escape(tr(doc.en))}</i>")
    return "<p style='white-space:normal'>" + "<br><br>".join(parts) + "</p>"
