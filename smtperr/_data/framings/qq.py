"""Tencent QQ Mail and Alibaba's enterprise mail (Aliyun): the report "很抱歉您发送的邮件被退回，
以下是该邮件的相关信息：" (QQ) or "您发送的邮件被退回，相关信息如下：" (Aliyun), the address it could
not send to ("无法发送到 x"), and the remote server's reply: after a Postfix-style "host x said:",
after "系统应答：", or in Aliyun's "the mta server of <domain> -- <host>(<ip>) reply:<reply>"
(which Aliyun's table also shows alone, in the row "远程响应").

Sources (real reports pasted by users): GitHub dreamhunter2333/cloudflare_temp_email#52 (QQ;
tests/corpus/zh-CN/ndr-qq-address-not-exist), lisijie/webcron#14 (Aliyun;
tests/corpus/zh-CN/ndr-aliyun-connect-failed), songquanpeng/message-pusher#127 (Aliyun's table
alone; tests/corpus/zh-CN/ndr-aliyun-qq-from-header).
"""

FORMAT = "ndr"

_QQ = "GitHub dreamhunter2333/cloudflare_temp_email#52; tests/corpus/zh-CN/ndr-qq-address-not-exist"
_ALIYUN = "GitHub lisijie/webcron#14; tests/corpus/zh-CN/ndr-aliyun-connect-failed"
_TABLE = "GitHub songquanpeng/message-pusher#127; tests/corpus/zh-CN/ndr-aliyun-qq-from-header"

HEADS = (
    ("zh-CN", "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：", _QQ),
    ("zh-CN", "您发送的邮件被退回，相关信息如下：", _ALIYUN),
)

SECTIONS = ()

REPLIES = (
    # (English words in Aliyun's Chinese report, the row "远程响应": the record's language)
    ("zh-CN", "the mta server of {_} -- {server} reply:{reply}", _TABLE),
)

INNER = (
    ("zh-CN", "无法发送到 {recipient}", _QQ),
    ("zh-CN", "无法发送到{recipient}", _ALIYUN),
    ("zh-CN", "系统应答：{reply}", _ALIYUN),
)

# The wording that opens a window for this family (units of the gate).
GATE = (
    ("zh-CN", "您发送的邮件被退回", _QQ),
)
