"""Bounces of MTAs, services and gateways with few samples each: RFC 3464 delivery status
fields, Courier, CommuniGate Pro, OpenSMTPD, Amazon SES and WorkMail, Oracle (Sun) Messaging
Server, IMail, MailMarshal, SurfControl, Trend Micro InterScan, McAfee, m-FILTER, au (KDDI) and BIGLOBE in Japan, Stalwart-based
services, Seznam.cz (Czech), and the generic "Delivery Status Notification" of Google and Microsoft.

Sources: Sisimai's set-of-emails (BSD-2-Clause), ronbeltran/bounce_email (MIT), flufl.bounce
and Mail-DeliveryStatus-BounceParser test data (wording only), GitHub issue pastes, the
provider's own help page (Seznam.cz, a bounce it shows).
"""

FORMAT = "ndr"

HEADS = (
    ("en", "This is an automatically generated Delivery Status Notification",
     "sisimai set-of-emails lhost-gmail-06, lhost-hotmail-01"),
    ("en", "This is a delivery status notification from {server}, running the Courier mail "
     "server", "sisimai lhost-courier-01"),
    ("en", "Failed to deliver to '{recipient}'", "bounce_email tt_bounce_05 (CommuniGate Pro)"),
    ("en", "An error has occurred while attempting to deliver a message for the following list "
     "of recipients:", "sisimai lhost-opensmtpd-01"),
    ("en", "The following message to <{recipient}> was undeliverable.",
     "sisimai lhost-amazonses-01"),
    ("en", "An error occurred while trying to deliver the mail to the following recipients:",
     "sisimai lhost-amazonworkmail-01"),
    ("en", "Your message cannot be delivered to the following recipients:",
     "sisimai lhost-messagingserver-01 (Oracle Communications Messaging Server)"),
    ("en", "Could not deliver message to the following recipient(s):",
     "flufl.bounce simple_29"),
    ("en", "Your message could not be delivered to the following recipients:",
     "GitHub thundermail/thundermail#162 (Stalwart)"),
    ("en", "Could not be delivered because of", "sisimai lhost-mailmarshal-02"),
    ("en", "Each of the following recipients was rejected by a remote mail server.",
     "sisimai lhost-ezweb-07 (au)"),
    ("ja", "次のあて先へのメッセージはエラーのため送信できませんでした。",
     "sisimai lhost-ezweb-07, err-make-test-06 (au)"),
    ("ja", "このメールは「m-FILTER」が自動的に生成して送信しています。",
     "sisimai lhost-mfilter-01"),
    ("en", "Unknown user: {recipient}", "flufl.bounce simple_23 (IMail)"),
    ("en", "Undeliverable Address: {recipient}",
     "flufl.bounce hotpop_01 (HotPOP; tests/corpus/en/ndr-hotpop-over-quota)"),
    ("en", "A message could not be delivered to:",
     "flufl.bounce simple_13 (a French directory's report; tests/corpus/fr/ndr-ademe-address-does-not-exist)"),
    ("en", "These recipients of your message have been processed by the mail server:",
     "BounceParser t/corpus/long-smtp.msg (Exchange's DSN; tests/corpus/en/ndr-recipients-processed)"),
    ("en", "Your message to: {recipient} was blocked by our Spam Firewall.",
     "sisimai lhost-barracuda-01 (Barracuda; tests/corpus/en/ndr-barracuda-spam-firewall)"),
    ("ja", "※本メールはau one netのメールシステムより配信しております。", "sisimai lhost-kddi-01 (au one net); tests/corpus/ja/ndr-kddi-mailbox-full"),
    ("en", "--- The following addresses had delivery problems ---",
     "sisimai lhost-mcafee-01 (McAfee); tests/corpus/en/ndr-mcafee-user-unknown"),
    ("en", "A transcript of the attempts to send the message follows.",
     "BounceParser t/corpus/surfcontrol-extra-newline.msg (SurfControl; wording only)"),
    ("en", "We had trouble delivering your message. Full details follow:",
     "sisimai lhost-x6-01; tests/corpus/en/ndr-x6-hop-count-exceeded"),
    ("ja", "送信先のサーバーメールボックスが一杯でお届けできませんでした。",
     "sisimai err-make-test-11 (Vodafone/SoftBank 'Non Delivery Notification'); "
     "tests/corpus/ja/ndr-vodafone-mailbox-full"),
    ("ja", "宛先がみつかりませんでした。",
     "sisimai err-make-test-31 (NTT docomo mopera); tests/corpus/ja/ndr-docomo-user-unknown"),
    ("cs", "Vaše zpráva pro <{recipient}> ze dne {_} nemohla být doručena.",
     "napoveda.seznam.cz/uzivatel-neexistuje (Seznam.cz); tests/corpus/cs/ndr-seznam-user-unknown"),
)

# Its sections (RFC 3464 delivery status fields above all) stand inside other vendors'
# bounces too: they continue the message they stand in, never begin a second bounce.
SECTIONS_SHARED = True

SECTIONS = (
    ("ja", "以下のメールアドレスへの送信に失敗しました。 {recipient}", "sisimai lhost-mfilter-01"),
    ("en", "Recipient address: {recipient}", "sisimai lhost-messagingserver-01"),
    # RFC 3464 delivery status fields.
    ("en", "Final-Recipient: rfc822; {recipient}", "RFC 3464; sisimai lhost-amazonworkmail-01"),
    ("en", "Failed Recipient: {recipient}", "flufl.bounce simple_29"),
    # ... and the remote server (in Gmail's report in Polish, a user's paste: pastebin.com/Q6WDw2pm,
    # whose delivery status part after the reply is read as a part of its own).
    ("en", "Remote-MTA: dns; {server}", "RFC 3464; pastebin.com/Q6WDw2pm"),
)

REPLIES = (
    # RFC 3464 delivery status: "Diagnostic-Code: smtp; 550 5.1.1 ...".
    ("en", "Diagnostic-Code: smtp; {reply}", "sisimai lhost-amazonworkmail-01; RFC 3464"),
    ("en", "Diagnostic code: smtp;{reply}", "sisimai lhost-messagingserver-01"),
    ("en", "rejected command '{command}' with code {reply}",
     "GitHub thundermail/thundermail#162, #251 (Stalwart)"),
    ("en", "Sorry, unable to deliver your message to {recipient} for the following reason: "
     "{reply}", "flufl.bounce simple_33"),
    # Trend Micro InterScan Messaging Security Suite: the SMTP dialogue, "Received >>> 550 ...".
    ("en", "Sent <<< {command}:<{recipient}> Received >>> {reply}",
     "sisimai lhost-trendmicro-01; flufl.bounce simple_15 (InterScan IMSS); tests/corpus/en/ndr-trendmicro-user-unknown"),
)

INNER = (
    ("en", "RCPT TO generated following response: {reply}", "flufl.bounce simple_23 (IMail)"),
    ("en", "host {server} says: {reply}", "bounce_email tt_bounce_05, tt_bounce_07"),
    ("en", "^{recipient}: {reply}", "sisimai lhost-opensmtpd-01"),
    ("en", "The reason for the problem: {reply}", "sisimai lhost-amazonses-01"),
    ("en", "Reason: {reply}", "flufl.bounce sun_01 (Sun Messaging Server)"),
    # Oracle Communications Messaging Server (iCloud's bounces): the remote host after the
    # reply, "Remote system: dns;<host> (TCP|...)".
    ("en", "Remote system: dns;{server}",
     "GitHub netneutrality/savetheinternet.in#166 (an iCloud bounce); tests/corpus/en/ndr-icloud-diagnostic-code"),
    ("en", "^<<< {reply}", "sisimai lhost-courier-01, lhost-ezweb-07"),
    ("en", "Recipient: <{recipient}>", "sisimai lhost-ezweb-07 (au)"),
    ("ja", "-------server message {reply}", "sisimai lhost-mfilter-01"),
    ("en", "^<{recipient}>: {reply}", "sisimai err-make-test-06 (au); tests/corpus/ja/ndr-au-user-unknown"),
    ("en", "Could not be delivered to: <{recipient}> {reply}", "sisimai lhost-kddi-01 (au one net); tests/corpus/ja/ndr-kddi-mailbox-full"),
    ("en", "^{recipient}; Failed; {reply}",
     "BounceParser t/corpus/long-smtp.msg (tests/corpus/en/ndr-recipients-processed)"),
    ("en", "^<{recipient}> ({reply})", "sisimai lhost-mcafee-01 (McAfee); tests/corpus/en/ndr-mcafee-user-unknown"),
    ("en", "Failed to send to identified host, {recipient}: [{_}], {reply}",
     "BounceParser t/corpus/surfcontrol-extra-newline.msg (SurfControl; wording only)"),
    # Under "Technical details:" of a DSN that copies Google's head (sisimai's "X3").
    ("en", "SMTP:{command} host {server}: {reply}",
     "sisimai lhost-x3-01, lhost-x3-02; tests/corpus/en/ndr-x3-no-such-user"),
    ("en", "The following recipients returned permanent errors: {recipient}. Reason: SMTP Server "
     "<{server}> refused to accept your message ({command}), with the following error message: "
     "[{reply}]", "sisimai lhost-x6-01; tests/corpus/en/ndr-x6-hop-count-exceeded"),
    # BIGLOBE (Japan): the reason in words under its heading, no reply code.
    ("en", "----- Non-delivered information ----- {reply}",
     "sisimai lhost-biglobe-01 (BIGLOBE); tests/corpus/en/ndr-biglobe-mailbox-full"),
    # Seznam.cz: Czech and English, the reason under a ruled heading.
    ("cs", "Důvod / Reason: --------------- {reply}",
     "napoveda.seznam.cz/uzivatel-neexistuje; tests/corpus/cs/ndr-seznam-user-unknown"),
)

# The wording that opens a window for these bounces (units of the gate).
GATE = (
    ("en", "generated Delivery Status Notification", "sisimai lhost-hotmail-01"),
    ("en", "delivery status notification from", "sisimai lhost-courier-01"),
    ("en", "Failed to deliver to", "bounce_email tt_bounce_05"),
    ("en", "attempting to deliver a message", "sisimai lhost-opensmtpd-01"),
    ("en", "was undeliverable", "sisimai lhost-amazonses-01"),
    ("en", "trying to deliver the mail",
     "sisimai lhost-amazonworkmail-01"),
    ("en", "cannot be delivered to the following recipients",
     "sisimai lhost-messagingserver-01"),
    ("en", "Could not deliver message to", "flufl.bounce simple_29"),
    ("en", "could not be delivered to the following recipients",
     "GitHub thundermail/thundermail#162"),
    ("en", "Could not be delivered because of", "sisimai lhost-mailmarshal-02"),
    ("en", "rejected by a remote mail server", "sisimai lhost-ezweb-07"),
    ("en", "Diagnostic-Code: smtp;", "RFC 3464; sisimai lhost-amazonworkmail-01"),
    ("en", "Diagnostic code: smtp;", "sisimai lhost-messagingserver-01"),
    ("en", "rejected command", "GitHub thundermail/thundermail#162"),
    ("en", "unable to deliver your message to", "flufl.bounce simple_33"),
    ("en", "Received >>> {reply}", "sisimai lhost-trendmicro-01"),
    ("en", "transcript of the attempts", "BounceParser surfcontrol-extra-newline.msg"),
    ("en", "recipients returned permanent errors", "sisimai lhost-x6-01"),
    ("en", "recipients of your message have been processed by the mail server",
     "BounceParser t/corpus/long-smtp.msg"),
    ("en", "was blocked by our Spam Firewall", "sisimai lhost-barracuda-01"),
    ("en", "A message could not be delivered to:", "flufl.bounce simple_13"),
    ("ja", "次のあて先へのメッセージはエラーのため送信できませんでした。", "sisimai lhost-ezweb-07"),
    ("ja", "このメールは「m-FILTER」が自動的に生成して送信しています。", "sisimai lhost-mfilter-01"),
    ("ja", "※本メールはau one netのメールシステムより配信しております。", "sisimai lhost-kddi-01"),
    ("ja", "送信先のサーバーメールボックスが一杯でお届けできませんでした。",
     "sisimai err-make-test-11"),
    ("ja", "宛先がみつかりませんでした。", "sisimai err-make-test-31"),
    ("cs", "nemohla být doručena", "napoveda.seznam.cz/uzivatel-neexistuje (Seznam.cz)"),
)
