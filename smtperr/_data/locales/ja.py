"""Japanese (ja)."""

LANGUAGE = "ja"
VERIFIED = True
BASIS = (
    "Real Japanese Outlook Express messages on hehao1.seesaa.net (articles 44145698: 0x800CCC0E "
    "and 0x800CCC0F with full field lists; 44852088: Outlook task errors 0x800CCC0F/0x800CCC78), "
    "the Sakura Internet OE manual (archived 2006, 'アカウント :' with a space before the colon), "
    "the NMTnet FAQ (897825.o389qniy.asia, 0x800CCC79 opening and 'サーバーの応答:'), the "
    "machine-translated ja-jp edition of support article 65b494a4 (mixed Japanese/English labels, "
    "'サブジェクト', 'いいえ', 'リレー拒否'), and a Windows Live Mail error quoted on "
    "mysteriousramu.com ('サーバー エラー: 3207', 'Windows Live メール エラー ID: ...'). All these "
    "texts come from the pages store, which may have turned full-width ':' '(' into ASCII. Real "
    "OE says 'なし' for an unsecured connection; the KB translation says 'いいえ'. Not observed: "
    "Windows Mail's error-ID label."
    "  The TEMPLATES are real: Thunderbird's Japanese strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "ja/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage, smtpSendNotAllowed, startTlsFailed; smtpSendNotAllowed and "
    "startTlsFailed up to the end of their first sentence after the reply or server name; line "
    "breaks as blanks, ASCII double quotes as ').  ja-JP-mac (the macOS build) has the same "
    "strings; errorSendingMessage puts the reply last.  The outlook-task rows are the "
    "task errors quoted on hehao1.seesaa.net (article 44852088), with and without Outlook's "
    "own sentence before 'サーバーが応答しました:' spelled out; no Japanese receiving-task "
    "('受信中') error was found."
)

LABELS = {
    "subject": ("件名", "サブジェクト"),
    "account": ("アカウント", "Account"),
    "server": ("サーバー", "Server"),
    "protocol": ("プロトコル", "Protocol"),
    "server_response": ("サーバーの応答", "Server Response"),
    "port": ("ポート",),
    "ssl": ("セキュリティ (SSL)", "Secure (SSL)"),
    "server_error": ("サーバー エラー",),
    "socket_error": ("ソケット エラー", "ソケットエラー"),
    "error_number": ("エラー番号",),
    "wlm_error_id": ("Windows Live メール エラー ID",),
}

YES = ("はい", "あり")  # counterparts of the observed No words; not yet seen in a sample
NO = ("なし", "いいえ")

OPENINGS = (
    ("0x800CCC79", "受信者の 1 人がサーバーによって拒否されたため、メッセージを送信できませんでした。 "
     "拒否された電子メール アドレス : {recipient}"),
    ("0x800CCC79", "受信者の一人がサーバーによって拒否されたため、メッセージを送信できませんでした。"),
    ("0x800CCC79", "いずれかの受信者がサーバーによって拒否されたため、メッセージを送信できませんでした。 "
     "拒否された電子メール アドレスは、{recipient} でした。"),
    ("0x800CCC0E", "サーバーへの接続は失敗しました。"),
    ("0x800CCC0F", "サーバーは接続を解除しました。サーバーまたはネットワークに問題があるか、"
     "またはアイドル時間が長すぎた可能性があります。"),
)

TEMPLATES = (
    # Outlook's task errors whose quoted text ends in the server's reply, as the hehao1.seesaa.net
    # article 44852088 quotes them (tests/corpus/ja/outlook-task-0x800ccc0f-0x800ccc78; the
    # blogger elides the reply as '…'): the client's sentence is spelled out so that
    # {server_response} holds the server's words only.  They come before the general row.
    ("outlook-task", "タスク '{account} - 送信中' はエラー ({error_number}) を報告しました: "
     "'サーバーへの接続が中断されました。この問題が引き続き起こる場合は、サーバー管理者かインターネット"
     "サービスプロバイダ (ISP) に連絡してください。サーバーが応答しました: {server_response}'"),
    ("outlook-task", "タスク '{account} - 送信中' はエラー ({error_number}) を報告しました: "
     "'メッセージを送信できません。アカウントのプロパティで電子メールアドレスが正しいことを確認してください。"
     "サーバーが応答しました: {server_response}'"),
    ("outlook-task", "タスク '{account} - 送信中' はエラー ({error_number}) を報告しました: "
     "'{server_response}'"),
    # errorSendingRcptCommand
    ("thunderbird", "メールの送信中にエラーが発生しました。サーバーからの応答: {server_response} メッセージの受信者 '{recipient}' "
     "を確認し、再度試してください。"),
    # errorSendingMessage
    ("thunderbird", "メールの送信中にエラーが発生しました。メッセージを確認し、再度試してください。サーバーからの応答: {server_response}"),
    # smtpSendNotAllowed
    ("thunderbird", "メールの送信前にエラーが発生しました。サーバーからの応答: {server_response} "
     "送信に使用するアカウント情報と認証方式が正しいか確認してください。"),
    # startTlsFailed
    ("thunderbird", "メールの送信前にエラーが発生しました: 送信 (SMTP) サーバー {server} が STARTTLS "
     "をサポートしていないため、保護された接続を確立できませんでした。"),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'ja', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    ("apple-mail", "受信者{_}'{recipient}'はサーバに拒否されました"),
    ("apple-mail", "送信用サーバ'{server}'への接続に失敗しました"),
    ("apple-mail", "送信メールサーバ'{server}'のアカウント設定を確認"),
    ("apple-mail", "サーバ'{server}'のデフォルトのポートにSSL接続できませんでした"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n ja @5d7cde6f).
    ("thunderbird", "送信 (SMTP) サーバー {server} との接続がタイムアウトしたため、メッセージを送信できませんでした。"),
    ("thunderbird", "送信 (SMTP) サーバー {server} に接続できなかったため、メッセージを送信できませんでした。"),
    ("thunderbird", "送信処理の途中で送信 (SMTP) サーバー {server} との接続が切断されたため、メッセージを送信できませんでした。"),
    ("thunderbird", "メールの送信中にエラーが発生しました: 送信 (SMTP) サーバー {server} が見つかりません。"),
    ("thunderbird", "送信 (SMTP) サーバー {server} の認証に失敗しました。"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n ja @5d7cde6f).
    ("thunderbird", "メールの送信中にエラーが発生しました。アカウント設定でメールアドレスの設定が正しいか確認し、再度試してください。メールサーバーからの応答: {server_response}"),
    ("thunderbird", "メールの送信中に送信 (SMTP) サーバーエラーが発生しました。サーバーから応答: {server_response}"),
    ("thunderbird", "メールの送信中に送信 (SMTP) サーバーエラーが発生しました。サーバーからの応答: {server_response}"),
    # Google Groups' report when a post is refused (the group may not exist, or the sender may
    # not post to it): sisimai set-of-emails lhost-googlegroups, in this language
    # (tests/corpus/ja/ndr-google-groups).
    ("ndr", "連絡しようとしたグループ（{_}）が存在しないか、グループにメッセージを投稿する権限がない可能性があります。"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "送信可能な上限を超えたため、メッセージの送信に失敗しました"),
)

SERVER_PHRASES = {
    "relay_denied": ("リレー拒否",),
}
