"""Wrapper phrases: what a sending service writes around the server's reply ("Address not
found"), or a carrier's report in place of one.  They decide only when neither a phrase of the
reply nor its codes do.

Rows are ``(phrase, mta or service, source key)`` by reason, in the phrase syntax of
``smtperr._data.replies``.  Literal data only.
"""

WRAPPER_PHRASES = {
    "user_unknown": (
        ("because the address couldn't be found", "gmail", "gmail:dsn"),
        # (its Simplified Chinese edition: GitHub lavas-project/lavas#247, tests/corpus/zh-CN/
        # ndr-gmail-zh-cn-address-not-found-line)
        ("由于系统找不到电子邮件地址", "gmail", "gmail:dsn"),
    ),
    "mailbox_full": (
        # Vodafone Japan / SoftBank's report: "the destination's server mailbox is full".
        ("サーバーメールボックスが一杯で", "softbank", "sisimai-set:err-make-test-11"),
    ),
    "host_unknown": (
        ("because the domain …couldn't be found", "gmail", "gmail:dsn-domain"),
    ),
}
