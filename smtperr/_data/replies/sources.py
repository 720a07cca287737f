"""Where the phrases and codes come from: source key -> what it names (cited per row).

Literal data only.
"""

SOURCES = {
    # Sisimai (BSD-2-Clause).  Index lists of go-sisimai reason/why-*.go (2025-2026 tree), which
    # carry over p5-sisimai lib/Sisimai/Reason/*.pm (v5.x) with additions.
    "sisimai:AuthFailure": "go-sisimai reason/why-authfailure.go IncludedIn index",
    "sisimai:BadReputation": "go-sisimai reason/why-badreputation.go IncludedIn index",
    "sisimai:Blocked": "go-sisimai reason/why-blocked.go; p5-sisimai Reason/Blocked.pm",
    "sisimai:ContentError": "go-sisimai reason/why-contenterror.go IncludedIn index",
    "sisimai:ExceedLimit": "go-sisimai reason/why-exceedlimit.go IncludedIn index",
    "sisimai:Expired": "go-sisimai reason/why-expired.go IncludedIn index (2026 tree: adds "
    "'envelope expired' of OpenSMTPD smtpd/queue.c and DragonFly Mail Agent dma.c's 'Could not "
    "deliver for the last %d seconds. Giving up.')",
    "sisimai:FailedSTARTTLS": "go-sisimai reason/why-failedstarttls.go IncludedIn index",
    "sisimai:Filtered": "go-sisimai reason/why-filtered.go IncludedIn index",
    "sisimai:HasMoved": "go-sisimai reason/why-hasmoved.go IncludedIn index",
    "sisimai:HostUnknown": "go-sisimai reason/why-hostunknown.go IncludedIn index",
    "sisimai:MailboxFull": "go-sisimai reason/why-mailboxfull.go; p5 Reason/MailboxFull.pm",
    "sisimai:MesgTooBig": "go-sisimai reason/why-mesgtoobig.go IncludedIn index",
    "sisimai:NetworkError": "go-sisimai reason/why-networkerror.go IncludedIn index",
    "sisimai:NoRelaying": "go-sisimai reason/why-norelaying.go; p5 Reason/NoRelaying.pm",
    "sisimai:NotAccept": "go-sisimai reason/why-notaccept.go IncludedIn index",
    "sisimai:NotCompliantRFC": "go-sisimai reason/why-notcompliantrfc.go IncludedIn index",
    "sisimai:PolicyViolation": "go-sisimai reason/why-policyviolation.go IncludedIn index",
    "sisimai:Rejected": "go-sisimai reason/why-rejected.go; p5 Reason/Rejected.pm",
    "sisimai:RequirePTR": "go-sisimai reason/why-requireptr.go IncludedIn index",
    "sisimai:SecurityError": "go-sisimai reason/why-securityerror.go IncludedIn index",
    "sisimai:SpamDetected": "go-sisimai reason/why-spamdetected.go IncludedIn index",
    "sisimai:Speeding": "go-sisimai reason/why-speeding.go IncludedIn index",
    "sisimai:Suspend": "go-sisimai reason/why-suspend.go IncludedIn index",
    "sisimai:SystemError": "go-sisimai reason/why-systemerror.go IncludedIn index",
    "sisimai:SystemFull": "go-sisimai reason/why-systemfull.go IncludedIn index",
    "sisimai:TooManyConn": "go-sisimai reason/why-toomanyconn.go IncludedIn index",
    "sisimai:UserUnknown": "go-sisimai reason/why-userunknown.go; p5 Reason/UserUnknown.pm",
    "sisimai:VirusDetected": "go-sisimai reason/why-virusdetected.go IncludedIn index",
    "sisimai-rhost:google": "go-sisimai rhost/for-google.go (texts of support.google.com/a/"
    "answer/3221692 and support.google.com/mail/answer/81126)",
    "sisimai-rhost:microsoft": "go-sisimai rhost/for-microsoft.go (texts of Microsoft Learn "
    "'Email non-delivery reports and SMTP errors in Exchange Online' / Exchange 2019 NDR docs)",
    "sisimai-rhost:yahoo": "p5-sisimai Rhost/YahooInc.pm",
    "sisimai-rhost:apple": "p5-sisimai Rhost/Apple.pm",
    "sisimai-rhost:mimecast": "p5-sisimai Rhost/Mimecast.pm (Mimecast SMTP error code docs)",
    "sisimai-rhost:iua": "p5-sisimai Rhost/IUA.pm",
    "sisimai-rhost:cox": "go-sisimai rhost/for-cox.go (Cox 'Email error codes', www.cox.com/"
    "residential/support/email-error-codes.html: AUP# codes and reply texts)",
    "sisimai-rhost:franceptt": "go-sisimai rhost/for-franceptt.go (Orange / La Poste error "
    "labels LPN, LPNAAA, OFR, OUK and their codes; postmastery.com orange-postmaster-smtp-"
    "error-codes-ofr, smtpfieldmanual.com/provider/orange)",
    "sisimai-rhost:godaddy": "go-sisimai rhost/for-godaddy.go (GoDaddy 'IB' bounce codes, "
    "godaddy.com/help/what-do-email-bounce-error-codes-mean-40685)",
    "sisimai-rhost:tencent": "go-sisimai rhost/for-tencent.go (Tencent QQ Mail, service.mail."
    "qq.com/detail/122/*)",
    "sisimai-rhost:aol": "go-sisimai rhost/for-aol.go",
    "sisimai-rhost:nttdocomo": "go-sisimai rhost/for-nttdocomo.go (NTT docomo mfsmax: without "
    "a specific status, a refusal at RCPT is userunknown and one after DATA is rejected, the "
    "recipient's reception filter)",
    "sisimai:MailerError": "go-sisimai reason/why-mailererror.go IncludedIn index",
    "sisimai:Find": "go-sisimai reason/find.go and the ProbesInto rules of reason/why-*.go "
    "(p5-sisimai Reason.pm and Reason/*.pm true())",
    "postfix:smtpd-rcpt": "Postfix src/smtpd/smtpd.c: '554 5.5.1 Error: no valid recipients', "
    "'503 5.5.1 Error: need RCPT command'",
    "exim:smtp_in": "Exim src/smtp_in.c: '503-All RCPT commands were rejected with this error', "
    "'503 valid RCPT command must precede DATA'",
    "sendmail:srvrsmtp": "sendmail srvrsmtp.c: '503 5.0.0 Need RCPT (recipient)'",
    "sisimai-lhost:kddi": "p5-sisimai Lhost/KDDI.pm",
    "sisimai-lhost:gmail": "p5-sisimai Lhost/Gmail.pm (Gmail DSN texts)",
    "sisimai-lhost:qmail": "p5-sisimai Lhost/qmail.pm (qmail-remote / notqmail texts)",
    # Sisimai's Lhost modules (p5-sisimai v5.1.0 lib/Sisimai/Lhost/*.pm): the texts each MTA or
    # service writes in its bounces, with the reason the module gives them.
    "sisimai-lhost:exim": "p5-sisimai Lhost/Exim.pm (Exim's own bounce texts; MXLogic.pm and "
    "MailRu.pm, Exim derivatives, carry the same)",
    "sisimai-lhost:opensmtpd": "p5-sisimai Lhost/OpenSMTPD.pm (OpenSMTPD mta.c/queue texts)",
    "sisimai-lhost:fml": "p5-sisimai Lhost/FML.pm (fml mailing-list manager error texts)",
    "sisimai-lhost:amavis": "p5-sisimai Lhost/Amavis.pm (amavisd-new DSN texts)",
    "sisimai-lhost:ezweb": "p5-sisimai Lhost/EZweb.pm (au by KDDI EZweb bounce texts)",
    "sisimai-lhost:domino": "p5-sisimai Lhost/Domino.pm (HCL/IBM Domino router texts in "
    "English, Spanish, French, Japanese)",
    "sisimai-lhost:courier": "p5-sisimai Lhost/Courier.pm (Courier MTA bounce texts)",
    "sisimai-lhost:notes": "p5-sisimai Lhost/Notes.pm (Lotus Notes bounce texts, Japanese)",
    "sisimai-lhost:biglobe": "p5-sisimai Lhost/Biglobe.pm (BIGLOBE bounce texts)",
    "sisimai-lhost:verizon": "p5-sisimai Lhost/Verizon.pm (Verizon Wireless MMS gateway)",
    "sisimai-lhost:interscanmss": "p5-sisimai Lhost/InterScanMSS.pm (Trend Micro InterScan "
    "Messaging Security Suite: 'Unable to deliver message to <x> (and other recipients in the "
    "same domain)' is userunknown)",
    "sisimai-lhost:facebook": "p5-sisimai Lhost/Facebook.pm (Facebook mail error codes "
    "RCP-/INT-/MSG-/POL-/DNS-/CON-)",
    "sisimai-lhost:googlegroups": "p5-sisimai Lhost/GoogleGroups.pm (every Google Groups "
    "refusal, in every language, is 'rejected'; each ends with the help URL "
    "https://groups.google.com/support/)",
    "dma:net.c": "DragonFly Mail Agent net.c: 'DNS lookup failure: host %s not found'",
    "sendmail:prog": "sendmail prog mailer: a failed '|program' recipient is reported as "
    "'\"|program\"... <error>'",
    "gmail:dsn": "Gmail delivery status notification heading ('** Address not found ** Your "
    "message wasn't delivered to X because the address couldn't be found')",
    "apple:mfsmtpresponse": "Apple Mail (iOS, iPadOS, macOS) send-failure sentences chosen by "
    "the reply's enhanced status (MFSMTPResponse -errorMessageWithAddress:defaultMessage:; "
    "English defaults in decompiled MessageFoundation, github-index file ids 14873991065, "
    "58939481708; localized strings from kishikawakatsumi/applelocalization-tools "
    "data/ios/Message.framework.json; tests/test_apple_mail.py)",
    "sisimai-set:err-make-test-11": "a Vodafone Japan (SoftBank) 'Non Delivery Notification' in "
    "Sisimai's set-of-emails (maildir/err/make-test-11.eml, BSD-2-Clause): '送信先のサーバー"
    "メールボックスが一杯でお届けできませんでした。' above the recipient; "
    "tests/corpus/ja/ndr-vodafone-mailbox-full",
    "bounceparser:aol-senderblock": "AOL's 'Mail Delivery Problem' when the recipient's mail "
    "controls refuse the sender or attachments ('... could not be delivered because they are not "
    "accepting mail from x:' / '... with attachments or embedded images:'; a recipient's own "
    "setting, Sisimai's Filtered as its 'recipient is only accepting mail from specific email "
    "addresses' is): rjbs/Mail-DeliveryStatus-BounceParser t/corpus/aol-senderblock.msg, "
    "flufl.bounce tests/data/aol_01.txt; tests/corpus/en/ndr-aol-senderblock-attachments and "
    "ndr-aol-not-accepting-mail-from",
    "bounceparser:xwall-spam": "DATAP XWall's report 'Reason: Spam / The message seems to be "
    "spam and was not delivered to the recipient.' (rjbs/Mail-DeliveryStatus-BounceParser "
    "t/corpus/spam-rejection42.msg; tests/corpus/en/ndr-xwall-spam)",
    "flufl:dumbass_01": "flufl.bounce tests/data/dumbass_01.txt (LGPL-3.0): Trend Micro InterScan "
    "E-Mail VirusWall NT's report, 'Reason:  Exceeded Maximum Delivery Attempts.' (the retries "
    "ran out: Sisimai's Expired, 'retries exhausted'); tests/corpus/en/ndr-interscan-viruswall",
    "flufl:simple_13": "flufl.bounce flufl/bounce/tests/data/simple_13.txt (LGPL-3.0; a French "
    "directory's report, tests/corpus/fr/ndr-ademe-address-does-not-exist)",
    "sisimai:googlegroups": "Sisimai set-of-emails maildir/bsd/lhost-googlegroups-01..13 (BSD-2-Clause; "
    "Google Groups' report of a refused post in 13 languages; Sisimai's Lhost::GoogleGroups reads "
    "it as 'rejected'); tests/corpus/*/ndr-google-groups",
    "mailcore:errors": "MailCore2's error descriptions (MailCore/mailcore2 src/objc/utils/"
    "NSError+MCO.mm, MCOLocalizedDescriptionTable: MCOErrorConnection 'A stable connection to "
    "the server could not be established.', MCOErrorAuthentication 'Unable to authenticate "
    "with the current session's credentials.'; src/core/smtp/MCSMTPSession.cpp maps the SMTP "
    "replies to them), as Airmail shows them after 'Cannot send mail error <subject>', and "
    "Apple's 'A connection failure occurred: SSL problem (...)'; real pastes in "
    "Airmail/Airmail_Public issues #180, #397, #459, #677 (tests/corpus/en/airmail-*)",
    "squirrelmail:smtp-stream": "SquirrelMail class/deliver/Deliver_SMTP.php initStream "
    "(fsockopen's error string and number, then \"Can't open SMTP stream.\"; the error "
    "strings are the system's: Linux strerror for ETIMEDOUT 110, ECONNREFUSED 111, "
    "ENETUNREACH 101, EHOSTUNREACH 113); Ubuntu Forums pastes "
    "(tests/corpus/en/squirrelmail-ubuntuforums-*)",
    "thunderbird:connection": "Thunderbird's connection failures (composeMsgs.properties "
    "smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted, smtpSendFailedUnknownServer; "
    "mozilla/releases-comm-central en-US @cf9726f5 and thunderbird/thunderbird-l10n @5d7cde6f, "
    "MPL-2.0; the older English 'SMTP server' wording from users' pastes, "
    "tests/corpus/en/thunderbird-ubuntuforums-*)",
    "gmail:dsn-domain": "Gmail delivery status notification for a domain without mail servers "
    "('Address not found ... Your message wasn't delivered to X because the domain Y couldn't be "
    "found', GitHub zenao/zenao#646; tests/corpus/en/ndr-gmail-domain-not-found)",
    "pop-before-smtp": "POP-before-SMTP servers: '553. To send mail, first check your mail with "
    "a valid POP account; this prevents unauthorized SPAM relaying. (#5.7.1)' (Outlook Express "
    "error on the oceanfree.net help page, www.oceanfree.net/services/help/tech.html)",
    "pop-before-smtp:receive-first": "POP-before-SMTP servers: '553 5.3.0 <x>... Please receive "
    "your mail before sending.' (Outlook Express 0x800CCC79 error quoted on a hosting manual, "
    "shbhlxxjs.com/onlineManualDetail161.html)",
    "deltachat:forged-sender": "'Send error: permanent: 5.7.1 forged sender address' (Delta "
    "Chat, GitHub deltachat/deltachat-android#2226)",
    "paste:tonline-bl": "T-Online's '554 IP=... - A problem occurred. (Ask your postmaster for help "
    "or to contact tosa@rx.t-online.de to clarify.) (BL)' (GitHub mailcow/mailcow-dockerized#2639, "
    "#2532, users' pastes)",
    "paste:invaluement": "'550-Blocked by ivmSIP and/or ivmSIP/24' (invaluement's list; a bounce a "
    "user pasted, pastebin.com/iAp1b4gm)",
    "paste:spfbl": "'550 5.7.1 SPFBL you are permanently blocked on this server.' (GitHub "
    "leonamp/SPFBL#71, a user's paste)",
    "paste:yandex-spam": "Yandex's '5.7.1 [2] Message rejected under suspicion of SPAM' (GitHub "
    "chatmail/provider-db#205, a Delta Chat log a user pasted)",
    "paste:gmx-policy": "GMX's '554-Transaction failed 554-Reject due to policy restrictions.' (GitHub "
    "jlawyerorg/j-lawyer-org#904, hitobito/hitobito#2671, users' pastes)",
    "sympa:447": "'<x@gmail.com>: Spam message rejected' (a Postfix bounce a user pasted in GitHub "
    "sympa-community/sympa#447; tests/corpus/en/ndr-postfix-sympa-spam-rejected)",
    "bytecamp:faq": "'571 5.7.1 message classified as spam' (bytecamp.net mail FAQ, "
    "www.bytecamp.net/de/faq/email/zustellen.html)",
    "url.com.tw:faq": "'553 your mailserver\u2019s ip is listed in blacklist. Blocked - see "
    "http://cbl.abuseat.org/...' (URL.com.tw help page help.url.com.tw/1989.html)",
    "apple:ht4863": "iCloud's reply '550 5.7.1 <x>: You have exceeded your daily sending limit.'"
    " (Apple support article HT4863, support.apple.com/kb/HT4863)",
    "windows-mail:throttled": "'450 Traffic is being throttled (recipients per ip limit: ...)'"
    " in a Windows Mail (Vista) error posted to its newsgroup (tech-archive.net)",
    "coremail:bounce": "NetEase 163.com / Coremail reports: 'rcpt handle timeout', 'Can not "
    "connect to <host>', '该邮件内容涉嫌大量群发' (smtperr/_data/framings/coremail.py, its sources)",
    "aliyun:bounce": "Alibaba enterprise mail's report: '系统应答：(9)connect to the \"<ip> of "
    "<domain>\" server failed' (GitHub lisijie/webcron#14)",
    "qq:bounce": "QQ Mail's reply '550 The \"From\" header is missing or invalid. Please follow "
    "RFC5322 ...' in Alibaba's report (GitHub songquanpeng/message-pusher#127)",
    "naver:bounce": "NAVER Mail's and NHN Dooray!'s report: '받는 사람이 회원님의 메일을 "
    "수신차단 하였습니다.' (smtperr/_data/framings/naver.py, its sources)",
    "apple:sending-limit": "Apple Mail's MF_SMTP_SENDING_LIMIT_EXCEEDED in every localization "
    "(kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json, Delayed.strings); "
    "real pastes: Apple support HT4863 and its localized editions, iphone-ticker.de, "
    "mac.iphoneitalia.com",
    "outlook:paste": "a real Outlook / Outlook Express error pasted by a user (tests/corpus)",
    "isp-faq:relay-operation": "'554 Relay operation rejected' as a server reply in ISP help "
    "pages: NMTnet mail FAQ (897825.o389qniy.asia/faq/mail/mail18b.html, 'エラー2 『Relay "
    "operation rejected』', POP before SMTP) and a Korean list of relay refusals "
    "(puffinknight.tistory.com/102); see tests/corpus_pending/relay/ja.json, ko.json",
    "coremail:replies": "NetEase/Coremail SMTP replies with Chinese glosses, '553 host denies "
    "relay. (拒绝中继)' (blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html; 360docs.net/doc/"
    "a61843873.html)",
    "isp-faq:relay-server-not-ready": "'451 Relay Server Not Ready.', a temporary failure of the "
    "receiving relay (Korean list of SMTP replies, adminplay.com/index.php?document_srl=2077; "
    "tests/corpus_pending/relay/ko.json)",
    "coremail:not-allowed-relay": "'553 you don't authenticate or the domain is not allowed "
    "relay' (yunrelay.com/news/mailreject/820496102646.html)",
    "set-of-emails": "a real bounce in sisimai/set-of-emails maildir/bsd (MTA named in the row)",
    # MTA sources.
    "postfix:smtpd_check": "Postfix src/smtpd/smtpd_check.c (reject_unauth_destination, "
    "check_relay_domains, reject_unknown_*_domain, reject_sender_login_mismatch)",
    "postfix:smtp": "Postfix src/smtp/smtp_proto.c, smtp_connect.c (client-side messages)",
    "postfix:smtpd": "Postfix src/smtpd/smtpd.c (protocol replies)",
    "sendmail:proto.m4": "sendmail cf/m4/proto.m4 (confRELAY_MSG) and srvrsmtp.c replies",
    "qmail:qmail-smtpd": "qmail-smtpd.c err_nogateway() (netqmail, indimail, notqmail)",
    "qmail:smtp-auth": "qmail SMTP-AUTH patch text as quoted by Sisimai SecurityError.pm and "
    "bounceHammer",
    "exim:configure": "Exim default configure ACLs ('relay not permitted'), Exim messages "
    "('Unrouteable address', 'retry timeout exceeded', 'message size exceeds')",
    "openspf:why": "the SPF rejection that points to openspf.org's 'Why' page (postfix-policyd-spf "
    "and other SPF checkers: 'Please see http://www.openspf.org/Why?...'), as wp.pl's 451 in "
    "GitHub boostorg/geometry#728 (tests/corpus/pl/ndr-gmail-pl-delay)",
    "sendmail:sysexits": "sendmail's text for sysexits.h EX_NOUSER (67) 'Addressee unknown', "
    "as an Ipswitch IMail report quotes it (tests/corpus_pending/other-ndr/en/"
    "fb-imail-smtp32-pacbell)",
    "courier": "Courier MTA courieresmtpd ('513 Relaying denied.'), test suite",
    "hmailserver": "hMailServer SMTPConnection.cpp SendErrorResponse_ texts",
    "imail": "Ipswitch IMail 550 reply as shown in an Outlook Express error (ihmars.com)",
    "mailenable": "MailEnable text as listed in Sisimai NoRelaying.pm",
    "rackspace": "Rackspace Email reply in apnscp KB 'Understanding message failures'",
    "zoho": "Zoho Mail mx.zoho.com reply (pastebin.com/p0xbFZYN)",
    "mercury": "Mercury/32 (Pegasus Mail) relay refusal text",
    "exchange:ndr": "Exchange Server / Exchange Online NDR texts (Microsoft Learn 'Email "
    "non-delivery reports in Exchange Online'; MS KB 284204 Exchange 2000/2003 NDR codes)",
    "exchange:hybrid": "MicrosoftDocs OfficeDocs-Support relay-access-denied-attr36-ndr.md",
    "gmail:smtp-errors": "Google 'SMTP error reference' support.google.com/a/answer/3221692",
    "yahoo:errors": "Yahoo 'SMTP error codes' senders.yahooinc.com/smtp-error-codes",
    "hotmail:sc-codes": "Outlook.com/Hotmail SC-001..SC-004 / OL codes replies "
    "(postmaster.live.com)",
    "domino": "HCL/Lotus Domino router texts",
    "messagelabs": "Symantec MessageLabs 3-line 550 reply (set-of-emails lhost-messagelabs-01)",
    "amazonses": "Amazon SES SMTP replies (docs.aws.amazon.com/ses smtp-response-codes)",
    "spamhaus": "Spamhaus DNSBL rejection URL (www.spamhaus.org/query/)",
    "fail2ban:courier-smtp": "fail2ban tests/files/logs/courier-smtp (Courier esmtpd log lines "
    "from real servers; tests/corpus/en/mta-log-courier)",
    "fail2ban:exim-spam": "fail2ban tests/files/logs/exim-spam (Exim mainlog lines from real "
    "servers; tests/corpus/en/mta-log-exim-spam)",
    "phpmailer-bmh": "PHPMailer-BMH bounce rules (rule 0241 samples)",
    "php-bounceclassifier": "PHP Vda\\BounceProcessing\\BounceClassifier relayerror rules",
    "bounce-rules": "public bounce-classifier rule lists (PowerMTA smtp-pattern-list examples)",
    "rfc3463": "RFC 3463 Enhanced Mail System Status Codes + IANA SMTP Enhanced Status Codes",
    "rfc5321": "RFC 5321 section 4.2 reply codes",
    "rfc7505": "RFC 7505 Null MX (X.1.10, 556)",
    "rfc3207": "RFC 3207 SMTP STARTTLS (530 5.7.0 Must issue a STARTTLS command first)",
    "rfc4954": "RFC 4954 SMTP AUTH (530 5.7.0, 534 5.7.9, 535 5.7.8, 538 5.7.11)",
    "ms-kb:oe-templates": "Microsoft KB 290842 / 214402 / support.office.com 65b494a4 localized "
    "Outlook Express error examples (server reply translated by the documentation)",
    "ms-kb:titles": "titles of the localized support.office.com article 65b494a4 ('I get 550, "
    "553, or relay prohibited errors ...')",
    "outlook:client": "Outlook / Outlook Express / Windows Live Mail client texts (en locale)",
    "imnxport.h": "Windows SDK imnxport.h IXP_E_* (see smtperr/_data/errors.py)",
    "outlook:4210x": "Outlook 0x80042108..0x8004210B texts (Microsoft KB articles)",
    "sisimai:research": "Sisimai SMTP::Status StandardCode map and smtp/reply AssociatedWith "
    "(as summarised for this project)",
}
