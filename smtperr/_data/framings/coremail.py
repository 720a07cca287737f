"""NetEase (163.com, 126.com, yeah.net) and the other mail systems built on Coremail: the report
"抱歉，您的邮件被退回来了……" ("Sorry, your mail is returned..."), its original message's recipient
("收件人"), the reason in Chinese ("退信原因：") and in English ("英文说明:rejected by system",
"英文说明:rcpt handle timeout.(...)") or, in the bilingual edition, "Bounce reason :" with the
last attempt's words ("rcpt handle timeout,last handle info: Can not connect to ...").

Sources (real reports): a mail parser's test fixture holding a 163.com report (github-index
file id 12783323278; tests/corpus/zh-CN/ndr-coremail-163-spam), a 163.com report kept in a
demo webmail's SQL dump (github-index file id 47681213447), Loongson's Coremail report quoted
on qemu-devel (github-index file id 32378854259; tests/corpus/zh-CN/ndr-coremail-bilingual-timeout)
and its first lines quoted in GitHub testerSunshine/12306#135.
"""

FORMAT = "ndr"

_163 = "github-index file id 12783323278; tests/corpus/zh-CN/ndr-coremail-163-spam"
_BILINGUAL = ("github-index file id 32378854259 (qemu-devel); "
              "tests/corpus/zh-CN/ndr-coremail-bilingual-timeout")

HEADS = (
    ("zh-CN", "抱歉，您的邮件被退回来了……", _163),
)

SECTIONS = ()

REPLIES = ()

INNER = (
    # The original message's recipient ("收件人 x", "收件人：x", "收件人/To : x").
    ("zh-CN", "收件人 {recipient}", _163),
    ("zh-CN", "收件人：{recipient}", "github-index file id 47681213447 (163.com)"),
    ("zh-CN", "收件人/To : {recipient}", _BILINGUAL),
    # The reason as the system gives it in English, else the report's own sentence.
    ("zh-CN", "英文说明:{reply}", _163 + "; github-index file id 47681213447"),
    ("en", "rcpt handle timeout,last handle info: {reply}", _BILINGUAL),
    ("zh-CN", "出错原因：{reply}", "GitHub testerSunshine/12306#135 (163.com)"),
)

# The wording that opens a window for this family (units of the gate).
GATE = (
    ("zh-CN", "您的邮件被退回来了", _163),
)
