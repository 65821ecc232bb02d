"""The service's error codes, with the spec's own cause and advice in Chinese and English.

The Chinese text is the spec's (常见错误码说明) word for word, except for notes of ours in
brackets where Tencent's own SDKs tell more (-21); the English is ours. Validation,
the HTTP client, the sandbox and the window all explain a code through this one table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CodeInfo:
    #: The spec's numeric code, or an API 3.0 code such as "AuthFailure.SignatureFailure".
    code: int | str
    cause_zh: str
    advice_zh: str
    cause_en: str
    advice_en: str

    def cause(self, lang: str = "en") -> str:
        return self.cause_zh if lang.startswith("zh") else self.cause_en

    def advice(self, lang: str = "en") -> str:
        return self.advice_zh if lang.startswith("zh") else self.advice_en


def _info(code: int, cause_zh: str, advice_zh: str, cause_en: str, advice_en: str) -> CodeInfo:
    return CodeInfo(code, cause_zh, advice_zh, cause_en, advice_en)


_CANCEL_UNKNOWN = (
    "取消混流时 sessionid 不存在",
    "检查 sessionid 是否存在。",
    "The session id does not exist when cancelling the mix",
    "Check that the session id exists (a mix cancelled once answers -30300 the second time).",
)

SPEC_CODES: dict[int | str, CodeInfo] = {
    info.code: info
    for info in (
        _info(0, "成功", "-", "Success", "-"),
        _info(
            -1,
            "解析输入参数错误",
            "检查请求体 body json 格式是否正确。 检查 interface name 是否为 "
            "mix_streamv2.start_mix_stream_advanced。 检查 input_stream_list 是否为空。",
            "The request parameters could not be parsed",
            "Check that the body is well-formed JSON, that the interface name is "
            "mix_streamv2.start_mix_stream_advanced and that input_stream_list is not empty.",
        ),
        _info(
            -2,
            "输入参数错误",
            "检查 appid 和 eventid 是否为0。 检查画面参数是否溢出。",
            "Invalid input parameter",
            "Check that appid and eventId are not 0, and that no picture overflows "
            "the background.",
        ),
        _info(
            -3,
            "流数目错误",
            "检查输入流数目是否在[1,16]范围内。",
            "Wrong number of streams",
            "Check that the number of input streams is within [1, 16].",
        ),
        _info(
            -4,
            "流参数错误",
            "检查输入输出长宽在(0,3000)范围内。 检查输入流数目是否在(0,16]范围内。 "
            "检查输入流是否携带 layout_params 。 检查 input_type 是否支持(合法数值:0,2,3,4,5)。 "
            "检查流 ID 长度是否满足(1,80)。",
            "Invalid stream parameter",
            "Check that widths and heights are within (0, 3000), that there are at most 16 "
            "inputs, that every input has layout_params, that input_type is one of 0, 2, 3, 4, 5 "
            "and that stream ids are 1 to 80 characters long.",
        ),
        _info(
            -11,
            "图层错误",
            "检查图层个数与输入流个数是否一致。 检查图层 ID 是否重复。 "
            "检查图层 ID 是否在(0,16]之间。",
            "Layer error",
            "Check that every input has a layer, that no layer id is used twice and that "
            "layer ids are within (0, 16].",
        ),
        _info(
            -20,
            "输入参数与接口不匹配",
            "检查输入流条数是否匹配模板 ID。 检查颜色参数是否正确。",
            "The parameters do not match the interface",
            "Check that the number of inputs matches the template id, and that colours "
            "are written correctly (0xRRGGBB).",
        ),
        _info(
            -21,
            "混流输入流条数错误",
            "检查输入流的条数是否至少为两条。"
            "(腾讯云 SDK 在最后一位连麦者离开时只发送主播一路流来结束混流;要停止混流,请取消混流。)",
            "Wrong number of mix inputs",
            "Check that there are at least two input streams. (Tencent's SDKs send a start with "
            "only the host's stream when the last guest leaves, and the service then ends the "
            "mix: to stop mixing, use Cancel.)",
        ),
        _info(
            -28,
            "获取背景长宽失败",
            "如果设置画布,检查画布的长宽是否设置。 检查背景流是否存在(推流后需等待5s再混流)。",
            "Could not get the background's width and height",
            "If a canvas is used, check that its width and height are set. Check that the "
            "background stream exists (wait 5 s after pushing before mixing).",
        ),
        _info(
            -29,
            "裁剪参数错误",
            "检查裁剪位置是否超出流的长宽。",
            "Invalid crop parameters",
            "Check that the crop rectangle stays inside the stream's width and height.",
        ),
        _info(
            -33,
            "水印图片 ID 错误",
            "检查输入图片 ID 是否设置。",
            "Invalid watermark picture id",
            "Check that the picture id is set.",
        ),
        _info(
            -34,
            "获取水印图片 URL 失败",
            "检查图片是否上传成功,是否已经生成 URL。",
            "Could not get the watermark picture's URL",
            "Check that the picture was uploaded and that its URL has been generated.",
        ),
        _info(
            -111,
            "output_stream_id 参数与 output_stream_type 不匹配",
            "output_stream_type 为0,output_stram_id 必须出现在 input_stream_list 中。 "
            "output_stream_type 为1,output_stram_id 必须不在 input_stream_list 中。",
            "output_stream_id does not match output_stream_type",
            "With output_stream_type 0 the output id must be one of the inputs; with 1 it must "
            "not be.",
        ),
        _info(
            -300,
            "输出流 ID 已经被使用",
            "检查当前输出流是否已经是另一个混流的输出流。",
            "The output stream id is already in use",
            "Check whether this output stream is already the output of another mix.",
        ),
        _info(
            -505,
            "输入流无法在 upload 查到",
            "是否推流成功5s后发起混流。 检查能否播放。 检查混流参数中 appid 是否填写正确。",
            "An input stream cannot be found on the upload side",
            "Start the mix 5 s after the stream is pushed successfully. Check that it plays. "
            "Check that the appid in the mix parameters is right.",
        ),
        _info(
            -507,
            "流长宽参数查询失败",
            "检查画布宽、高是否设置。 检查推流是否已经成功,建议推流后5s再开始混流。",
            "Could not query the stream's width and height",
            "Check that the canvas width and height are set. Check that the push succeeded; "
            "start mixing 5 s after pushing.",
        ),
        _info(
            -508,
            "输出流 ID 错误",
            "检查是否存在同样 sessionid 使用不同输出流 ID 的情况。",
            "Wrong output stream id",
            "Check whether the same session id is being used with a different output stream id.",
        ),
        _info(
            -10031,
            "触发混流失败",
            "建议推流后等待5s再混流。",
            "The mix could not be triggered",
            "Wait 5 s after pushing before mixing.",
        ),
        _info(-30300, *_CANCEL_UNKNOWN),
        _info(-3100, *_CANCEL_UNKNOWN),
        _info(-31002, *_CANCEL_UNKNOWN),
        _info(
            -31003,
            "输出流 ID 与 session 中输出流 ID 不匹配",
            "检查取消混流时填入的输出流 ID。",
            "The output stream id does not match the session's output stream id",
            "Check the output stream id given when cancelling.",
        ),
        _info(
            -31004,
            "输出流码率不合法",
            "检查输出流码率是否在[1,50000]之间。",
            "Invalid output bitrate",
            "Check that output_stream_bitrate is within [1, 50000].",
        ),
    )
}

#: Refusals the spec does not document (a bad or expired sign). The sandbox answers with these
#: so a script can tell them apart; the real service's codes for them are not published.
SIGN_INVALID = -9001
SIGN_EXPIRED = -9002
SPEC_CODES[SIGN_INVALID] = _info(
    SIGN_INVALID, "签名错误", "检查 API 鉴权 key 与 APPID 是否匹配;sign = MD5(key + t)。",
    "The sign does not match", "Check that the API key belongs to this APPID; sign = MD5(key + t).",
)
SPEC_CODES[SIGN_EXPIRED] = _info(
    SIGN_EXPIRED, "签名已过期", "t 是过期时间:取当前时间加 60 秒,并检查本机时钟。",
    "The sign has expired",
    "t is the expiry time: use now + 60 s, and check this computer's clock.",
)

_OTHER = ("其他错误", "请联系客服提供技术支持", "Other error", "Contact Tencent Cloud support.")


def describe(code: int) -> CodeInfo:
    """The spec's cause and advice for ``code``; unknown codes get the spec's 其他 row."""
    return SPEC_CODES.get(code) or CodeInfo(code, *_OTHER)
