"""API 3.0's error codes, explained with the spec's advice wherever there is an equivalent.

An API 3.0 refusal is ``Response.Error.Code`` (a string such as ``InvalidParameter.OtherError``)
and ``Message``. The mixing backend behind CreateCommonMixStream is Mix_StreamV2's, and it often
reports its legacy code inside the message: ``err_code [-505],msg [...]`` (Tencent's
troubleshooting page shows the same as ``InnerErrCode : [ -10021 ],InnerErrMsg: [ ... ]``).
So a refusal is explained, in this order, by: the legacy code in its message (the spec's own
cause and advice, core.codes); the spec code an API 3.0 code stands for (the action's error list
in Tencent's API documentation); our own text for API 3.0's common codes (signature, parameters).
"""

from __future__ import annotations

import re

from designer.core.codes import CodeInfo, describe

#: A legacy code wrapped in an API 3.0 message, in either spelling seen in Tencent's docs.
_LEGACY = re.compile(
    r"(?:err_code|InnerErrCode)\s*:?\s*\[\s*(-?\d{1,9})\s*\]\s*,?\s*"
    r"(?:msg|I[nr]nerErrMsg|IrnerErrMsg)\s*:?\s*\[\s*(.*?)\s*\]",
    re.DOTALL,
)

#: API 3.0 codes of CreateCommonMixStream/CancelCommonMixStream that name a spec code's case
#: (the action's error list in Tencent's API documentation and the SDK's errorcodes.py).
SPEC_EQUIVALENTS: dict[str, int] = {
    "InvalidParameter.InputNumLimitExceeded": -3,  # 输入数目超出限制
    "InvalidParameter.InvalidLayerParam": -11,  # 图层参数错误
    "InvalidParameter.TemplateNotMatchInputNum": -20,  # 模板与输入流条数不匹配
    "InvalidParameter.InvalidBackgroudResolution": -28,  # 非法的背景长宽 (sic)
    "InvalidParameter.InvalidCropParam": -29,  # 裁剪区域溢出原始图片
    "InvalidParameter.InvalidPictureID": -33,  # 水印 ID 未设置
    "FailedOperation.GetPictureUrlError": -34,  # 无法获取水印 url
    "InvalidParameter.InvalidOutputType": -111,  # OutputStreamName 与 OutputStreamType 不匹配
    "InvalidParameter.InvalidOutputStreamID": -300,  # 输出流 ID 被占用
    "FailedOperation.StreamNotExist": -505,  # 流不存在
    "FailedOperation.GetStreamResolutionError": -507,  # 获取输入流长宽失败
    "InvalidParameter.SessionOutputStreamChanged": -508,  # 同一会话输出流发生变化
    "InvalidParameter.CancelSessionNotExist": -30300,  # 取消不存在的会话
    "FailedOperation.CancelSessionNotExist": -30300,  # 取消的混流 session 不存在
}

#: The API 3.0 code the sandbox answers a legacy refusal with (the message carries the legacy
#: code too). A code with no dedicated API 3.0 code comes back as InvalidParameter.OtherError,
#: as Tencent's troubleshooting page shows for -300, -2 and the template count.
OTHER_ERROR = "InvalidParameter.OtherError"
API3_CODE_OF: dict[int, str] = {
    -3: "InvalidParameter.InputNumLimitExceeded",
    -11: "InvalidParameter.InvalidLayerParam",
    -28: "InvalidParameter.InvalidBackgroudResolution",
    -29: "InvalidParameter.InvalidCropParam",
    -33: "InvalidParameter.InvalidPictureID",
    -111: "InvalidParameter.InvalidOutputType",
    -505: "FailedOperation.StreamNotExist",
    -507: "FailedOperation.GetStreamResolutionError",
    -508: "InvalidParameter.SessionOutputStreamChanged",
    -30300: "InvalidParameter.CancelSessionNotExist",
}

# Common codes and the ones only API 3.0 has: the Chinese is Tencent's description (公共错误码
# and the action's list), the English ours.
SIGNATURE_FAILURE = "AuthFailure.SignatureFailure"
SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire"
SECRET_ID_NOT_FOUND = "AuthFailure.SecretIdNotFound"
INVALID_AUTHORIZATION = "AuthFailure.InvalidAuthorization"
INVALID_PARAMETER = "InvalidParameter"
INVALID_BITRATE = "InvalidParameter.InvalidBitrate"
MISSING_PARAMETER = "MissingParameter"
INVALID_ACTION = "InvalidAction"
NO_SUCH_VERSION = "NoSuchVersion"

API3_CODES: dict[str, CodeInfo] = {
    str(info.code): info
    for info in (
        CodeInfo(
            SIGNATURE_FAILURE,
            "签名错误。",
            "签名计算错误,请对照调用方式中的签名方法文档检查签名计算过程。",
            "The signature does not match",
            "Check that the SecretKey belongs to this SecretId (Tencent's SDK computes the "
            "TC3-HMAC-SHA256 signature itself).",
        ),
        CodeInfo(
            SIGNATURE_EXPIRE,
            "签名过期。",
            "Timestamp 和服务器时间相差不得超过五分钟,请检查本地时间是否和标准时间同步。",
            "The signature has expired",
            "The request's timestamp may differ from the server's clock by at most five "
            "minutes: check this computer's clock.",
        ),
        CodeInfo(
            SECRET_ID_NOT_FOUND,
            "密钥不存在。",
            "请在控制台检查密钥是否已被删除或者禁用,如状态正常,请检查密钥是否填写正确,"
            "注意前后不得有空格。",
            "The SecretId does not exist",
            "Check in the console that the key was not deleted or disabled, and that the "
            "SecretId is typed right, with no spaces around it.",
        ),
        CodeInfo(
            INVALID_AUTHORIZATION,
            "请求头部的 Authorization 不符合腾讯云标准。",
            "检查请求是否由腾讯云 SDK 签名。",
            "The request's Authorization header is not in Tencent Cloud's form",
            "Check that the request is signed by Tencent Cloud's SDK.",
        ),
        CodeInfo(
            INVALID_PARAMETER,
            "参数错误(包括参数格式、类型等错误)。",
            "检查请求参数的格式、类型与取值范围。",
            "Invalid parameter (format, type or range)",
            "Check the request's parameters: their format, type and range.",
        ),
        CodeInfo(
            INVALID_BITRATE,
            "非法的输出码率。",
            "检查 OutputStreamBitRate 是否在[1,10000]之间。",
            "Invalid output bitrate",
            "Check that OutputStreamBitRate is within [1, 10000].",
        ),
        CodeInfo(
            OTHER_ERROR,
            "其他错误。",
            "根据消息中的子错误码处理。",
            "Other error",
            "Look at the sub-code in the message.",
        ),
        CodeInfo(
            MISSING_PARAMETER,
            "缺少参数。",
            "检查必填参数是否都已填写。",
            "A parameter is missing",
            "Check that every required parameter is set.",
        ),
        CodeInfo(
            INVALID_ACTION,
            "接口不存在。",
            "检查 Action 是否为 CreateCommonMixStream 或 CancelCommonMixStream。",
            "The action does not exist",
            "Check that the action is CreateCommonMixStream or CancelCommonMixStream.",
        ),
        CodeInfo(
            NO_SUCH_VERSION,
            "接口版本不存在。",
            "Version 应为 2018-08-01。",
            "The API version does not exist",
            "The version must be 2018-08-01.",
        ),
        CodeInfo(
            "FailedOperation.ProcessMixError",
            "启动混流失败。",
            "推流后等待5秒再混流,并检查参数。",
            "The mix could not be started",
            "Wait 5 s after pushing before mixing, and check the parameters.",
        ),
        CodeInfo(
            "InternalError",
            "内部错误。",
            "稍后重试;仍失败请联系腾讯云客服。",
            "Internal error",
            "Try again later; if it persists, contact Tencent Cloud.",
        ),
        CodeInfo(
            "RequestLimitExceeded",
            "请求的次数超过了频率限制。",
            "降低请求频率。",
            "Too many requests",
            "Send requests less often.",
        ),
    )
}


def legacy_code(message: str) -> tuple[int, str] | None:
    """The Mix_StreamV2 code and message wrapped in an API 3.0 message, if it carries one."""
    match = _LEGACY.search(message or "")
    return (int(match.group(1)), match.group(2)) if match else None


def wrap_legacy(code: int, message: str) -> str:
    """A legacy refusal as API 3.0 messages carry it (what the sandbox answers)."""
    return f"err_code [{code}],msg [{message}]"


def api3_code_for(legacy: int) -> str:
    """The API 3.0 code the sandbox answers a legacy refusal with."""
    return API3_CODE_OF.get(legacy, OTHER_ERROR)


def describe_api3(code: str) -> CodeInfo | None:
    """Our cause and advice for an API 3.0 code, or the spec's for its equivalent; else None."""
    if (equivalent := SPEC_EQUIVALENTS.get(code)) is not None:
        return describe(equivalent)
    return API3_CODES.get(code)


def explain(code: str, message: str) -> CodeInfo:
    """The best explanation of a refusal: its legacy code first, then its API 3.0 code."""
    if (legacy := legacy_code(message)) is not None:
        return describe(legacy[0])
    return describe_api3(code) or CodeInfo(code, "其他错误", "请联系客服提供技术支持",
                                           "Other error", "Contact Tencent Cloud support.")
