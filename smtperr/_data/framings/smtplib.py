"""Python's smtplib: a refusal raised as an exception whose text is a tuple of the reply's code
and its words, as a program's traceback or log prints it ("smtplib.SMTPDataError: (554, b'DT:SPM
163 smtp10,...')"; Python 2 without the "b").  Support tickets of programs that send mail
through a provider (QQ Mail, NetEase 163/126, Gmail) carry it.

Source: CPython Lib/smtplib.py (``SMTPResponseException.__init__``: ``self.args = (code, msg)``,
the message as bytes since Python 3), as users pasted it: GitHub kootenpv/yagmail#144
(tests/corpus/en/smtplib-yagmail-163-dtspm), ml-flaskbook/flaskbook#4 (tests/corpus/ja/
smtplib-flaskbook-gmail-535), selfteaching/selfteaching-python-camp#5556.  The closing "')"
ends the reply at its line's end only (punctuation alone is no end inside a line): inside a
sentence ("...')；通过查询...") the reply runs to the end of its line.  The reply of a non-UTF-8
server printed as bytes ("b'Error: \\xc7\\xeb...'", QQ Mail's GBK) is left as it is.
"""

FORMAT = "smtplib"

HEADS = ()

SECTIONS = ()

_SRC = "CPython Lib/smtplib.py SMTPResponseException"

REPLIES = (
    ("en", "SMTPDataError: ({code}, b'{reply}')", "GitHub selfteaching/selfteaching-python-camp#5556"),
    ("en", "SMTPDataError: ({code}, '{reply}')", "GitHub kootenpv/yagmail#144"),
    ("en", "SMTPAuthenticationError: ({code}, b'{reply}')",
     "GitHub ml-flaskbook/flaskbook#4; tests/corpus/ja/smtplib-flaskbook-gmail-535"),
    ("en", "SMTPSenderRefused: ({code}, b'{reply}',", _SRC),
)

INNER = ()

GATE = (
    ("en", "SMTPDataError", "GitHub kootenpv/yagmail#144"),
    ("en", "SMTPAuthenticationError", _SRC),
    ("en", "SMTPSenderRefused", _SRC),
)
