"""English (en)."""

LANGUAGE = "en"
VERIFIED = True
BASIS = (
    "Microsoft KB 290842 (en-us, ftp.zx.net.nz archive), support.office.com article "
    "65b494a4-0a15-433e-829f-e73651e0245e, KB texts for 0x800CCC0F/0x800CCC1A, and real "
    "Outlook Express / Windows Live Mail / Outlook pastes on forums (tests/corpus/en)."
)

LABELS = {
    "subject": ("Subject",),
    "account": ("Account",),
    "server": ("Server", "servers"),
    "protocol": ("Protocol",),
    "server_response": ("Server Response",),
    "port": ("Port",),
    "ssl": ("Secure(SSL)", "Secure (SSL)", "Secure", "SSL"),
    "server_error": ("Server Error",),
    "socket_error": ("Socket Error",),
    "error_number": ("Error Number", "Error Num"),
    "wlm_error_id": ("Windows Live Mail Error ID",),
    "wm_error_id": ("Windows Mail Error ID",),
}

YES = ("Yes",)
NO = ("No",)

OPENINGS = (
    ("0x800CCC79", "The message could not be sent because one of the recipients was rejected "
     "by the server. The rejected e-mail address was {recipient}."),
    ("0x800CCC79", "The message could not be sent because one of the recipients was rejected "
     "by the server. The rejected email address was {recipient}."),
    ("0x800CCC78", "The message could not be sent because the server rejected the sender's "
     "e-mail address. The sender's e-mail address was {address}."),
    ("0x800CCC78", "The message could not be sent because the server rejected the sender's "
     "email address. The sender's email address was {address}."),
    ("0x800CCC79", "The message could not be sent. The authentication setting might not be "
     "correct for your outgoing e-mail [SMTP] server."),
    ("0x800CCC79", "The message could not be sent. Your outgoing e-mail [SMTP] server setting "
     "might need to be configured."),
    ("0x800CCC0E", "The connection to the server has failed."),
    ("0x800CCC0F", "Your server has unexpectedly terminated the connection. Possible causes "
     "for this include server problems, network problems, or a long period of inactivity."),
    ("0x800CCC90", "Your POP3 server has rejected your user name or password."),
    ("0x800CCC92", "There was a problem logging onto your mail server. Your Password was "
     "rejected."),
    ("0x800CCC92", "There was a problem logging onto your mail server. Your User Name was "
     "rejected."),
    ("0x800CCC7D", "The server does not support a SSL connection."),
    ("0x800CCC1A", "A secure connection to the server could not be established."),
    ("0x800CCC0D", "The host '{server}' could not be found. Please verify that you have "
     "entered the server name correctly."),
    ("0x800CCC0B", "The server is busy. Please try again later."),
    ("0x800CCC67", "An unknown error has occurred."),
    ("0x800CCC6A", "Your outgoing (SMTP) e-mail server has reported an internal error."),
    ("0x800CCC80", "None of the authentication methods supported by this client are supported "
     "by your server."),
)

TEMPLATES = (
    # Task errors whose quoted text ends in the server's reply: the client's sentence is
    # spelled out so that {server_response} holds the server's words only.  They come before
    # the general task templates, which match the same span (at equal spans the first wins).
    # docs.aws.amazon.com SES quota page (tests/corpus/en/outlook-task-ses-quota):
    ("outlook-task", "Task '{account} - Sending' reported error ({error_number}) : 'Establishing an "
     "encrypted connection to your outgoing (SMTP) server failed. If this problem continues, "
     "contact your server administrator or Internet service provider (ISP). The server "
     "responded: {server_response}'"),
    # learn.microsoft.com, Outlook "delete nonexistent messages" article
    # (tests/corpus/en/outlook-task-msdocs-timeout):
    ("outlook-task", "Task '{account} - Sending' reported error ({error_number}) : 'The operation "
     "timed out waiting for a response from the sending (SMTP) server. If you continue to "
     "receive this message, contact your server administrator or Internet service provider "
     "(ISP). The server responded: {server_response}'"),
    # Microsoft Q&A 4585543, as the user typed it: ';' for ':', "service administrator"
    # (tests/corpus/en/outlook-task-bigpond-spamhaus):
    ("outlook-task", "'Sending' reported error ({error_number}) ; 'Your outgoing (SMTP) email server "
     "has reported an internal error. If you continue to receive this message, contact your "
     "service administrator or Internet service provider (ISP). The server responded: "
     "{server_response}'"),
    ("outlook-task", "Task '{account} - Sending' reported error ({error_number}) : "
     "'{server_response}'"),
    ("outlook-task", "Task '{account} - Receiving' reported error ({error_number}) : "
     "'{server_response}'"),
    ("outlook-task", "'{account} - Sending' reported error ({error_number}) : "
     "'{server_response}'"),
    ("outlook-task", "'Sending' reported error ({error_number}) : '{server_response}'"),
    ("outlook-task", "'Receiving' reported error ({error_number}) : '{server_response}'"),
    ("thunderbird", "An error occurred while sending mail. The mail server responded: "
     "{server_response} Please check the message recipient {recipient} and try again."),
    ("exchange-ndr", "Your message did not reach some or all of the intended recipients. "
     "Subject: {subject} Sent: {_} The following recipient(s) cannot be reached: "
     "'{recipient}' on {_} Server error: '{server_response}'"),
    ("exchange-ndr", "Your message did not reach some or all of the intended recipients. "
     "Subject: {subject} Sent: {_} The following recipient(s) could not be reached: "
     "'{recipient}' on {_} Server error: '{server_response}'"),
    ("thunderbird", "An error occurred while sending mail. The mail server responded: "
     "{server_response} Please check the message and try again."),
    ("thunderbird", "An error occured sending mail: Unable to connect to SMTP Server {server} "
     "via STARTTLS since it doesn't offer STARTTLS In EHLO response."),
    # The current wording (composeMsgs.properties startTlsFailed, thunderbird-l10n en-US; a
    # user's paste in GitHub mail-in-a-box/mailinabox#1535, tests/corpus/en/thunderbird-
    # starttls-not-advertised).
    ("thunderbird", "An error occurred while sending mail: Unable to establish a secure link with "
     "Outgoing server (SMTP) {server} using STARTTLS since it doesn't advertise that feature."),
    ("thunderbird", "Sending of the message failed. An error occurred while sending mail: "
     "Unable to connect to SMTP Server {server} via STARTTLS since it doesn't offer STARTTLS in "
     "EHLO response."),
    # Tasks that are not an account's Sending/Receiving: the quoted text is Outlook's own, not
    # a server reply (tests/corpus/en/outlook-task-ogcs-ics).  The task name of calendar
    # subscriptions is spelled out: its errors are not 0x8... numbers, which the prefilter
    # needs when a template starts with only one word before a slot.
    ("outlook-task", "Task 'Internet Calendar Subscriptions' reported error ({error_number}) : '{_}'"),
    # The task named by its account, unquoted, as Microsoft's article on the offline address
    # book quotes it (KB 2845987, MicrosoftDocs/OfficeDocs-Support; tests/corpus/en/outlook-
    # task-oab-unquoted-account), and an IMAP folder's task (a forum paste kept in a PHP
    # comment, github-index file id 41423746028).
    ("outlook-task", "Task {account} reported error ({error_number}): '{_}'"),
    ("outlook-task", "Task '{account}: Folder:{_} Check for new mail.' reported error ({error_number}) : '{_}'"),
    ("outlook-task", "Task '{_}' reported error ({error_number}) : '{_}'"),
    # Thunderbird 2 wording (Ubuntu Forums 2009, tests/corpus/en/thunderbird-ubuntuforums-tb2).
    ("thunderbird", "An error occurred while sending mail. The server responded: {server_response} "
     "Please check the message recipients and try again."),
    # Thunderbird 1.x's refusal of MAIL FROM or RCPT TO that blames the sender's address
    # (Ubuntu Forums 2005, Thunderbird 1.0.2: tests/corpus/en/thunderbird1-ubuntuforums-
    # relaying-denied), and the Mozilla Suite's opening without "while" (Ubuntu Forums 2008:
    # tests/corpus/en/mozilla-ubuntuforums-relay-access-denied).
    ("thunderbird", "An error occurred while sending mail. The mail server responded: "
     "{server_response} Please verify that your email address is correct in your Mail "
     "preferences and try again."),
    ("thunderbird", "An error occurred sending mail. The mail server responded: {server_response} "
     "Please check the message recipients and try again."),
    # Thunderbird 102+ (Fluent smtp-server-error), as a security test report quotes it
    # (tests/corpus/en/thunderbird-starttls-454).  The period Thunderbird appends stays in the
    # reply, as in the other Thunderbird templates.
    ("thunderbird", "An error occurred while sending mail: Outgoing server (SMTP) error. The server "
     "responded: {server_response}"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server:
    # composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer (mozilla/releases-comm-central en-US @cf9726f5), and their
    # wording before "Outgoing server (SMTP)" replaced "SMTP server", as users pasted it
    # (Ubuntu Forums 2009-2017: tests/corpus/en/thunderbird-ubuntuforums-connecting-failed,
    # -connection-lost, -timed-out, -server-unknown).
    ("thunderbird", "The message could not be sent because the connection to Outgoing server (SMTP) "
     "{server} timed out."),
    ("thunderbird", "The message could not be sent because connecting to Outgoing server (SMTP) "
     "{server} failed."),
    ("thunderbird", "The message could not be sent because the connection to Outgoing server (SMTP) "
     "{server} was lost in the middle of the transaction."),
    ("thunderbird", "An error occurred while sending mail: Outgoing server (SMTP) {server} is "
     "unknown."),
    ("thunderbird", "The message could not be sent because the connection to SMTP server {server} "
     "timed out."),
    ("thunderbird", "The message could not be sent because connecting to SMTP server {server} "
     "failed."),
    ("thunderbird", "The message could not be sent because the connection to SMTP server {server} "
     "was lost in the middle of the transaction."),
    ("thunderbird", "An error occurred sending mail: SMTP server {server} is unknown."),
    # smtpAuthFailure, its first sentence (the same source).
    ("thunderbird", "Unable to authenticate to Outgoing server (SMTP) {server}"),
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand;
    # mozilla/releases-comm-central en-US @cf9726f5).
    ("thunderbird", "An error occurred while sending mail. The mail server responded: {server_response} Please verify that your email address is correct in your account settings and try again."),
    ("thunderbird", "An Outgoing server (SMTP) error occurred while sending mail. The server responded: {server_response}"),
    # Outlook's Test Account Settings dialog (Microsoft Q&A 1191004, Ubuntu Forums 2009).
    ("outlook-test", "Send test e-mail message: Your server does not support the connection "
     "encryption type you have specified. Try changing the encryption method. Contact your mail "
     "server administrator or Internet service provider (ISP) for additional assistance."),
    ("outlook-test", "Send test e-mail message: The specified server was found, but there was {_} "
     "response from the server. Please verify that the port and SSL information is correct"),
    # Exchange 2007+ / Microsoft 365 non-delivery reports (tests/corpus/en/exchange-ndr-*).
    ("exchange-ndr", "Delivery has failed to these recipients or groups: {recipient} Your message "
     "wasn't delivered because the recipient's email provider rejected it. Diagnostic "
     "information for administrators: Generating server: {...} Remote Server returned "
     "'{server_response}'"),
    ("exchange-ndr", "Delivery has failed to these recipients or groups: {recipient} The following "
     "organization rejected your message: {server}"),
    # Exchange 2010 report: the reply between '#' and '##' (tests/corpus/en/
    # exchange-ndr-exchange2010-fixture).  The recipient is taken from the top, where the text
    # part shows it as "address<mailto:address>"; in the diagnostic part the line before the
    # reply may be the recipient or the remote server.  The user-information sentence is spelled
    # out: with one more skip slot the template backtracks badly on text full of '#'.
    ("exchange-ndr", "Delivery has failed to these recipients or groups: {recipient}<mailto:{_}> The "
     "email address that you entered couldn't be found. Check the address and try resending the "
     "message. If the problem continues, please contact your helpdesk. Diagnostic information "
     "for administrators: Generating server: {...} #{server_response} ##"),
    # Exchange 2010 diagnostic part on its own (a pentest write-up quoting an NDN,
    # tests/corpus/en/exchange-ndr-exchange2010-nintendo).
    ("exchange-ndr", "Generating server: {server} {recipient} #{server_response} ##"),
    # Microsoft 365 diagnostic part: recipient and remote server on their own lines
    # (tests/corpus/en/exchange-ndr-o365-gmail-ratelimit).
    ("exchange-ndr", "Diagnostic information for administrators: Generating server: {_} "
     "{recipient} {server} Remote Server returned '{server_response}'"),
    # Exchange 2000/2003 report as Outlook shows it (Ubuntu Forums 2008).
    ("exchange-ndr", "Your message did not reach some or all of the intended recipients. "
     "Subject: {subject} Sent: {_} The following recipient(s) could not be reached: "
     "'{recipient}' on {...} SMTP; {server_response}>"),
    # SquirrelMail when it cannot reach its SMTP server (class/deliver/Deliver_SMTP.php,
    # initStream: fsockopen's error string and number, then _("Can't open SMTP stream."),
    # after "Message not sent. Server replied:"): no server answered; the reason is in the
    # system's error string (the number is the server system's errno, no Winsock code).
    # Ubuntu Forums pastes (tests/corpus/en/squirrelmail-ubuntuforums-timed-out-110,
    # -connection-refused-111).
    ("squirrelmail", "Message not sent. Server replied: {...} Can't open SMTP stream."),
    # Airmail (macOS, iOS) when a message cannot be sent: "Cannot send mail error", the
    # message's subject, then the error of MailCore2, the library it sends with (its
    # MCOLocalizedDescriptionTable, NSError+MCO.mm): the server answered 550 or "550 5.7.1"
    # (MCOErrorSendMessageNotAllowed: mailbox unavailable or not allowed, no reason told
    # apart), refused the login (MCOErrorAuthentication), could not be reached
    # (MCOErrorConnection) or failed otherwise (MCOErrorSendMessage); and Apple's own TLS
    # failure text.  Real pastes in Airmail/Airmail_Public issues #459, #180, #677, #397
    # (tests/corpus/en/airmail-*).
    ("airmail", "Cannot send mail error {subject} Sending messages is not allowed on this server."),
    ("airmail", "Cannot send mail error {subject} Unable to authenticate with the current "
     "session's credentials."),
    ("airmail", "Cannot send mail error {subject} A stable connection to the server could not "
     "be established."),
    ("airmail", "Cannot send mail error {subject} An error occurred while sending the message."),
    ("airmail", "Cannot send mail error {subject} A connection failure occurred: SSL problem"),
    # Apple Mail (macOS) send failure dialog (Ubuntu Forums 2009).
    ("apple-mail", "Mail was unable to connect to server '{server}' using SSL on the default ports. "
     "Verify that this server supports SSL and that your account settings are correct."),
    # Apple Mail (macOS) send failure alert's title; Mail names the account's description
    # ("Google") or the SMTP host after "the server" (a project's audit notes, 2025).
    ("apple-mail", "Cannot send message using the server {server}"),
    # iOS / macOS Mail (MessageFoundation) when the server refuses a recipient at RCPT TO:
    # "The recipient “%@” was rejected by the server." (SMTP_1_BAD_RECIPIENT), or, picked by
    # the reply's enhanced status, the same sentence ending "because the user is unknown.",
    # "because it does not allow relaying." or "because it is not a valid email address."
    # (MFSMTPResponse -errorMessageWithAddress:defaultMessage:).  Source: Apple's own strings
    # in decompiled MessageFoundation/Message.framework classes (MFSMTPConnection,
    # MFSMTPResponse; github-index file ids 14514374859, 14873991065, 58939481708;
    # tests/corpus_pending/apple-mail/strings.json).  No real paste that keeps
    # the address was found: the help pages that quote the iOS alert drop it ("The recipient
    # was rejected by the server because it does not allow relaying",
    # tests/corpus/en/apple-mail-techzillo-relaying-no-address), so the alert without it is
    # read when it gives its reason (the plain "was rejected by the server." is prose).
    # (The recipient's opening quote is required: "{_}" before a quote-only literal, so that
    # prose such as "the recipient was rejected by the server" gives no record.)
    ("apple-mail", "The recipient {_}'{recipient}' was rejected by the server"),
    ("apple-mail", "The recipient was rejected by the server because it does not allow relaying"),
    ("apple-mail", "The recipient was rejected by the server because the user is unknown"),
    ("apple-mail", "The recipient was rejected by the server because it is not a valid email "
     "address"),
    # iOS Mail when it cannot reach the outgoing server: "The connection to the outgoing
    # server “%@” failed." (SMTP_NO_CONNECTION), and, after a refused connection, "Check the
    # account settings for the outgoing server “%@”." (FAILED_SEND, under the title "Cannot
    # Send Mail").  Same source (decompiled MFSMTPConnection, github-index file ids
    # 10567484927, 14327117654, 14514374859); no real paste found.
    ("apple-mail", "The connection to the outgoing server '{server}' failed"),
    ("apple-mail", "Check the account settings for the outgoing server '{server}'"),
    # The same Apple Mail sentences in other languages, from Apple's own localized strings, are
    # in each language's module (de, fr, es, it, ja, ko, ru, pt_br, zh_cn, zh_tw, cs, nl, pl, sv,
    # da, nb, fi, tr).
    # Google Groups' report when a post is refused (the group may not exist, or the sender may
    # not post to it): sisimai set-of-emails lhost-googlegroups, in this language
    # (tests/corpus/en/ndr-google-groups).
    ("ndr", "the group you tried to contact ({_}) may not exist, or you may not have permission to post messages to the group."),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Sending the message failed because you exceeded your sending limit"),
)

SERVER_PHRASES = {
    "relay_denied": ("Forwarding Denied",),
}
