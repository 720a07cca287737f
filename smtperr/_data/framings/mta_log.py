"""MTA log lines that carry a server's reply (Postfix, Exim, Sendmail, qmail, Courier).

Sources: fail2ban's test logs (GPL-2.0; the wording of each MTA's log format, not copied
lines), user pastes in GitHub issues and forums, Sisimai's notes on log formats.  A log line is
a message of its own: each yields one record.
"""

FORMAT = "mta-log"

HEADS = ()

SECTIONS = ()

REPLIES = (
    # Postfix smtp(8) when the remote server refused the session at its greeting ("host x[ip]
    # refused to talk to me: 554 ..."), in a log line or a report (a coviserver.de help page,
    # tests/corpus_pending/postfix/de; GitHub mailcow/mailcow-dockerized#2532,
    # iredmail/iRedMail#156: tests/corpus/en/postfix-log-mailcow-2532-tonline-bl).
    ("en", "host {server} refused to talk to me: {reply}",
     "Postfix src/smtp/smtp_proto.c; GitHub mailcow/mailcow-dockerized#2532"),
    ("en", "status=deferred (host {server} refused to talk to me: {reply})",
     "GitHub ActiveCampaign/smtp-field-manual#60; tests/corpus/fr/mta-log-postfix-orange-ipblock"),
    ("en", "status=bounced (host {server} refused to talk to me: {reply})",
     "Postfix src/smtp/smtp_proto.c, as status=deferred"),
    # Postfix smtp(8): "to=<x>, relay=..., dsn=5.7.1, status=bounced (host x said: ...)".
    ("en", "status=bounced (host {server} said: {reply} (in reply to {command} command))",
     "Postfix log, GitHub issue paste (tests/corpus/en/mta-log-postfix-bounced-relay)"),
    ("en", "status=deferred (host {server} said: {reply} (in reply to {command} command))",
     "Postfix log line quoted in a forum post (mail.ru bounce thread)"),
    ("en", "status=SOFTBOUNCE (host {server} said: {reply} (in reply to {command} command))",
     "Postfix log with soft_bounce=yes, forum post (crosswinds.net)"),
    # Postfix smtpd(8) refusing a client: "NOQUEUE: reject: RCPT from x[ip]: 554 ...; from=".
    ("en", "reject: {command} from {server}: {reply}; from=<",
     "Postfix smtpd log, fail2ban tests/files/logs/postfix; modoboa issue 2307"),
    ("en", "reject: {command} from {server}: {reply}; proto=", "Postfix smtpd log (no sender)"),
    # Exim main log lines ("** x@y R=... T=...: SMTP error from remote mail server after
    # ...") are read by the Exim report's own wording (exim.REPLIES) and are log lines.
    # Sendmail: "ruleset=check_rcpt, arg1=<x>, relay=..., reject=550 5.7.1 ..." and the
    # delivery line "relay=..., dsn=4.0.0, stat=Deferred: 421 ...".
    ("en", "ruleset=check_rcpt, arg1=<{recipient}>, relay={_}, reject={reply}",
     "Sendmail log, fail2ban tests/files/logs/sendmail-reject"),
    ("en", "ruleset=check_relay, arg1={_}, relay={_}, reject={reply}",
     "Sendmail log, fail2ban tests/files/logs/sendmail-reject"),
    ("en", "relay={server}, dsn={status}, stat=Deferred: {reply}",
     "Sendmail log, forum posts (1and1, inbox.lv, gmail rate limit)"),
    ("en", "dsn={status}, stat=Deferred: {reply}", "Sendmail log quoted in a blog (zh-CN)"),
    # ... and the line of a failure without the remote server's words: the status and
    # Sendmail's own ("dsn=5.1.1, stat=User unknown").
    ("en", "relay={server}, dsn={status}, stat={reply}",
     "Sendmail logs posted in forum threads (github-index file ids 57007612851, 56951699287); "
     "tests/corpus/en/mta-log-sendmail-user-unknown"),
    # Exim's reception log, refusing a client: "H=x [ip] F=<a> rejected RCPT <b>: relay not
    # permitted" (words without a code: read as a refusal when they are a known phrase).
    ("en", "rejected RCPT <{recipient}>: {reply}",
     "Exim mainlog, fail2ban tests/files/logs/exim (tests/corpus/en/mta-log-exim-rejected-rcpt)"),
    ("en", "rejected RCPT {recipient}: {reply}",
     "Exim mainlog, fail2ban tests/files/logs/exim (tests/corpus/en/mta-log-exim-rejected-rcpt)"),
    # Courier's esmtpd: "courieresmtpd: error,relay=::ffff:ip,from=<a>,to=<b>: 550 User unknown."
    ("en", "courieresmtpd: error,relay={_},to=<{recipient}>: {reply}",
     "Courier log, fail2ban tests/files/logs/courier-smtp (tests/corpus/en/mta-log-courier)"),
    ("en", "courieresmtpd: error,relay={_},to=<{_}>: {reply}",
     "Courier log, fail2ban tests (a recipient that is no address: 'to=<>', 'to=<admin at x>')"),
    # qmail-send: "delivery 183: failure: x_does_not_like_recipient./Remote_host_said:_550_...".
    ("en", "Remote_host_said:_{reply}/Giving_up_on_",
     "qmail-send log quoted on LKML 2004 and in a 2003 comment"),
    # kei.pl's bilingual qmail: the English words, then the Polish ones without diacritics.
    ("pl", "Remote_host_said:_/_Zdalny_host_odpowiedzial:_{reply}/Giving_up_on_",
     "kei.pl/pomoc/wiadmosc-zwrotna; tests/corpus/pl/mta-log-qmail-kei"),
)

INNER = ()

# The wording that opens a window for this family (units of the gate): a few
# sentences that its messages carry near their reply, chosen to share pieces with others.
GATE = (
    ("en", "refused to talk to me:",
     "Postfix src/smtp/smtp_proto.c"),
    ("en", "NOQUEUE: reject:",
     "Postfix smtpd log, fail2ban tests"),
    ("en", ": reject: RCPT from",
     "Postfix smtpd log with a queue id"),
    ("en", "milter-reject:",
     "Postfix smtpd log"),
    ("en", ", reject=",
     "Sendmail log (ruleset=check_rcpt, check_relay), fail2ban tests"),
    ("en", "stat=Deferred:",
     "Sendmail log, forum posts"),
    ("en", "Remote_host_said:_",
     "qmail-send log (LKML 2004)"),
    ("en", "rejected RCPT",
     "Exim mainlog, fail2ban tests"),
    ("en", "courieresmtpd: error,",
     "Courier log, fail2ban tests"),
)
