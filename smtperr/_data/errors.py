"""Client error numbers: the HRESULTs that Outlook Express, Windows Mail, Windows Live Mail
and Outlook print as "Error Number: 0x800CCC79" or "reported error (0x8004210B)", plus
the Winsock numbers printed as "Socket Error: 10060".

Data only.  ``ERRORS`` maps the number (upper-case hex with a lower-case ``0x`` prefix, eight
digits) to ``(symbolic name, protocol or None, one-line meaning)``.  ``SOCKET_ERRORS`` maps a
Winsock error number to ``(symbolic name, one-line meaning)``.

Where the numbers come from (see ``SOURCES``):

* ``0x800CCCxx`` -- ``IXP_E_*`` from the Internet Mail transport header ``imnxport.h``
  (``HR_E(n)`` = ``MAKE_SCODE(SEVERITY_ERROR, FACILITY_INTERNET, n)``, FACILITY_INTERNET = 12,
  so ``HR_E(0xCC79)`` = ``0x800CCC79``).  Every ``HR_E`` value of the header is listed; the
  ``HR_S`` success values (``IXP_S_*``, ``0x000CCCxx``) are not errors and are left out.
* ``0x800C012C``..``0x800C0157`` -- ``DB_E_*``, the Outlook Express / Windows Mail message
  store (``.dbx``) errors, ``HR_E(300)``..``HR_E(343)``.
* ``0x8004xxxx`` -- MAPI errors (``MAKE_MAPI_E(n)`` = ``0x80040000 | n``) from ``mapicode.h``,
  and Outlook's own Internet-mail numbers that have no SDK name.

Names that are NOT from an SDK header are marked with a comment and spelled
``OUTLOOK_E_*``.  Meanings are plain English written for this table, not SDK text.
"""

SOURCES = (
    "Windows SDK header imnxport.h (Internet Mail transport, 'General Imnxport Return Values', "
    "WINSOCK, SMTP, POP3, NNTP, RAS, IMAP and HTTPMail sections; Windows Server 2003-era SDK "
    "text as found under public/sdk/inc/imnxport.h) -- all IXP_E_* numbers",
    "Wine include/imnxport.idl (wine-mirror/wine) -- cross-check of the general and SMTP "
    "IXP_E_* numbers 0xCC00..0xCC1A and 0xCC60..0xCC7F (identical values)",
    "Microsoft Win32 documentation 'Windows Mail Database Reference' (DirectDB.idl listing: "
    "DB_E_* = HR_E(300)..HR_E(343)) -- the 0x800C012C..0x800C0157 store errors",
    "mapicode.h (MAPI status codes, as shipped in the Windows/Outlook MAPI headers and "
    "reproduced by Wine and mingw-w64) -- MAPI_E_* 0x80040102..0x80040700",
    "MAPI_E_STORE_FULL = MAKE_MAPI_E(0x60C) = 0x8004060C: Exchange extension (edkmdb.h), "
    "not in mapicode.h; value as used by MAPI implementations (Kopano, grommunio)",
    "Microsoft support article 'Sending mail from Outlook results in error 0x800ccc80' "
    "(MicrosoftDocs/OfficeDocs-Support) -- 0x800CCC80",
    "Outlook's own error texts for 0x80042108..0x8004210B ('Outlook cannot connect to your "
    "incoming (POP3) e-mail server', 'The operation timed out waiting for a response from the "
    "sending (SMTP) server', ...) as quoted in Microsoft KB articles and user reports",
    "winsock2.h / Microsoft 'Windows Sockets Error Codes' (WSA* = 10000 + n, WSAHOST_NOT_FOUND "
    "= 11001..WSANO_DATA = 11004) -- SOCKET_ERRORS",
)

ERRORS = {
    # number: (symbolic name, protocol or None, one-line meaning)

    # ---------------------------------------------------------------------------------------
    # imnxport.h: general transport errors, HR_E(0xCC00)..HR_E(0xCC1A)
    # ---------------------------------------------------------------------------------------
    "0x800CCC00": ("IXP_E_LOAD_SICILY_FAILED", None,
                   "The Secure Password Authentication (SPA) security package could not be "
                   "loaded."),
    "0x800CCC01": ("IXP_E_INVALID_CERT_CN", None,
                   "The server's security certificate is for a different server name."),
    "0x800CCC02": ("IXP_E_INVALID_CERT_DATE", None,
                   "The server's security certificate has expired or is not yet valid."),
    "0x800CCC03": ("IXP_E_ALREADY_CONNECTED", None,
                   "The client is already connected to the server."),
    "0x800CCC04": ("IXP_E_CONN", None,
                   "A connection error occurred."),
    "0x800CCC05": ("IXP_E_NOT_CONNECTED", None,
                   "The client is not connected to the server."),
    "0x800CCC06": ("IXP_E_CONN_SEND", None,
                   "An error occurred while sending data to the server."),
    "0x800CCC07": ("IXP_E_WOULD_BLOCK", None,
                   "The network operation could not complete immediately (it would block)."),
    "0x800CCC08": ("IXP_E_INVALID_STATE", None,
                   "The command is not valid in the current state of the connection."),
    "0x800CCC09": ("IXP_E_CONN_RECV", None,
                   "An error occurred while receiving data from the server."),
    "0x800CCC0A": ("IXP_E_INCOMPLETE", None,
                   "The operation, such as a message download, did not complete."),
    "0x800CCC0B": ("IXP_E_BUSY", None,
                   "The server or the mail transport is busy; try again later."),
    "0x800CCC0C": ("IXP_E_NOT_INIT", None,
                   "The mail transport has not been initialised."),
    "0x800CCC0D": ("IXP_E_CANT_FIND_HOST", None,
                   "The server name could not be found (the host name did not resolve)."),
    "0x800CCC0E": ("IXP_E_FAILED_TO_CONNECT", None,
                   "The client could not connect to the server."),
    "0x800CCC0F": ("IXP_E_CONNECTION_DROPPED", None,
                   "The connection to the server was closed unexpectedly."),
    "0x800CCC10": ("IXP_E_INVALID_ADDRESS", None,
                   "An e-mail address is not valid."),
    "0x800CCC11": ("IXP_E_INVALID_ADDRESS_LIST", None,
                   "The list of e-mail addresses is not valid."),
    "0x800CCC12": ("IXP_E_SOCKET_READ_ERROR", None,
                   "Reading from the network socket failed."),
    "0x800CCC13": ("IXP_E_SOCKET_WRITE_ERROR", None,
                   "Writing to the network socket failed."),
    # Spelled IXP_E_SCOKET_INIT_ERROR in Wine's imnxport.idl; the SDK header reads SOCKET.
    "0x800CCC14": ("IXP_E_SOCKET_INIT_ERROR", None,
                   "The network socket could not be initialised."),
    "0x800CCC15": ("IXP_E_SOCKET_CONNECT_ERROR", None,
                   "The network socket could not connect to the server's port."),
    "0x800CCC16": ("IXP_E_INVALID_ACCOUNT", None,
                   "The account settings are not valid."),
    "0x800CCC17": ("IXP_E_USER_CANCEL", None,
                   "The operation was cancelled by the user."),
    "0x800CCC18": ("IXP_E_SICILY_LOGON_FAILED", None,
                   "Logging on with Secure Password Authentication (SPA) failed."),
    "0x800CCC19": ("IXP_E_TIMEOUT", None,
                   "The operation timed out waiting for the server."),
    "0x800CCC1A": ("IXP_E_SECURE_CONNECT_FAILED", None,
                   "A secure (SSL/TLS) connection to the server could not be established."),

    # ---------------------------------------------------------------------------------------
    # imnxport.h: HTTPMail (Hotmail/MSN WebDAV) errors, first range HR_E(0xCC30)..(0xCC3F);
    # the second range (0xCCF0..0xCCF4) is further down.  Each mirrors an HTTP status.
    # ---------------------------------------------------------------------------------------
    "0x800CCC30": ("IXP_E_HTTP_USE_PROXY", "HTTPMail",
                   "HTTP 305 Use Proxy: the server must be reached through a proxy."),
    "0x800CCC31": ("IXP_E_HTTP_BAD_REQUEST", "HTTPMail",
                   "HTTP 400 Bad Request: the server did not understand the request."),
    "0x800CCC32": ("IXP_E_HTTP_UNAUTHORIZED", "HTTPMail",
                   "HTTP 401 Unauthorized: the user name or password was not accepted."),
    "0x800CCC33": ("IXP_E_HTTP_FORBIDDEN", "HTTPMail",
                   "HTTP 403 Forbidden: the server refused access to the account."),
    "0x800CCC34": ("IXP_E_HTTP_NOT_FOUND", "HTTPMail",
                   "HTTP 404 Not Found: the requested mailbox, folder or message was not found."),
    "0x800CCC35": ("IXP_E_HTTP_METHOD_NOT_ALLOW", "HTTPMail",
                   "HTTP 405 Method Not Allowed: the server does not allow this request."),
    "0x800CCC36": ("IXP_E_HTTP_NOT_ACCEPTABLE", "HTTPMail",
                   "HTTP 406 Not Acceptable: the server cannot return the requested format."),
    "0x800CCC37": ("IXP_E_HTTP_PROXY_AUTH_REQ", "HTTPMail",
                   "HTTP 407 Proxy Authentication Required: the proxy wants a logon."),
    "0x800CCC38": ("IXP_E_HTTP_REQUEST_TIMEOUT", "HTTPMail",
                   "HTTP 408 Request Timeout: the server timed out waiting for the request."),
    "0x800CCC39": ("IXP_E_HTTP_CONFLICT", "HTTPMail",
                   "HTTP 409 Conflict: the request conflicts with the state of the mailbox."),
    "0x800CCC3A": ("IXP_E_HTTP_GONE", "HTTPMail",
                   "HTTP 410 Gone: the requested item no longer exists on the server."),
    "0x800CCC3B": ("IXP_E_HTTP_LENGTH_REQUIRED", "HTTPMail",
                   "HTTP 411 Length Required: the server refused a request without a length."),
    "0x800CCC3C": ("IXP_E_HTTP_PRECOND_FAILED", "HTTPMail",
                   "HTTP 412 Precondition Failed: the server rejected the request's conditions."),
    "0x800CCC3D": ("IXP_E_HTTP_INTERNAL_ERROR", "HTTPMail",
                   "HTTP 500 Internal Server Error: the mail server failed internally."),
    "0x800CCC3E": ("IXP_E_HTTP_NOT_IMPLEMENTED", "HTTPMail",
                   "HTTP 501 Not Implemented: the server does not support this request."),
    "0x800CCC3F": ("IXP_E_HTTP_BAD_GATEWAY", "HTTPMail",
                   "HTTP 502 Bad Gateway: a gateway or proxy got a bad reply upstream."),

    # ---------------------------------------------------------------------------------------
    # imnxport.h: Winsock start-up errors, HR_E(0xCC40)..HR_E(0xCC45)
    # ---------------------------------------------------------------------------------------
    "0x800CCC40": ("IXP_E_WINSOCK_WSASYSNOTREADY", None,
                   "Windows Sockets: the network subsystem is not ready (WSASYSNOTREADY)."),
    "0x800CCC41": ("IXP_E_WINSOCK_WSAVERNOTSUPPORTED", None,
                   "Windows Sockets: the required Winsock version is not supported."),
    "0x800CCC42": ("IXP_E_WINSOCK_WSAEPROCLIM", None,
                   "Windows Sockets: too many programs are using Winsock (WSAEPROCLIM)."),
    "0x800CCC43": ("IXP_E_WINSOCK_WSAEFAULT", None,
                   "Windows Sockets: a bad memory address was passed (WSAEFAULT)."),
    "0x800CCC44": ("IXP_E_WINSOCK_FAILED_WSASTARTUP", None,
                   "Windows Sockets could not be started (WSAStartup failed)."),
    "0x800CCC45": ("IXP_E_WINSOCK_WSAEINPROGRESS", None,
                   "Windows Sockets: a blocking network call is already in progress."),

    # ---------------------------------------------------------------------------------------
    # imnxport.h: SMTP errors, HR_E(0xCC60)..HR_E(0xCC6F) and HR_E(0xCC78)..HR_E(0xCC7F).
    # (0xCC70..0xCC79 are also used by IXP_S_SMTP_* success codes, which are HR_S, i.e.
    # 0x000CCC70.., and therefore do not collide with these error numbers.)
    # ---------------------------------------------------------------------------------------
    "0x800CCC60": ("IXP_E_SMTP_RESPONSE_ERROR", "SMTP",
                   "The SMTP server returned an error reply."),
    "0x800CCC61": ("IXP_E_SMTP_UNKNOWN_RESPONSE_CODE", "SMTP",
                   "The SMTP server returned a reply code the client does not know."),
    "0x800CCC62": ("IXP_E_SMTP_500_SYNTAX_ERROR", "SMTP",
                   "SMTP 500: the server did not recognise the command."),
    "0x800CCC63": ("IXP_E_SMTP_501_PARAM_SYNTAX", "SMTP",
                   "SMTP 501: syntax error in the command's parameters, often a bad address."),
    "0x800CCC64": ("IXP_E_SMTP_502_COMMAND_NOTIMPL", "SMTP",
                   "SMTP 502: the server does not implement the command."),
    "0x800CCC65": ("IXP_E_SMTP_503_COMMAND_SEQ", "SMTP",
                   "SMTP 503: bad sequence of commands, often because the server wants a "
                   "logon (AUTH) first."),
    "0x800CCC66": ("IXP_E_SMTP_504_COMMAND_PARAM_NOTIMPL", "SMTP",
                   "SMTP 504: the server does not implement that command parameter."),
    "0x800CCC67": ("IXP_E_SMTP_421_NOT_AVAILABLE", "SMTP",
                   "SMTP 421: the service is not available and the server is closing the "
                   "connection."),
    "0x800CCC68": ("IXP_E_SMTP_450_MAILBOX_BUSY", "SMTP",
                   "SMTP 450: the mailbox is busy or unavailable; try again later."),
    "0x800CCC69": ("IXP_E_SMTP_550_MAILBOX_NOT_FOUND", "SMTP",
                   "SMTP 550: the mailbox was not found or is unavailable, or relaying was "
                   "refused."),
    "0x800CCC6A": ("IXP_E_SMTP_451_ERROR_PROCESSING", "SMTP",
                   "SMTP 451: the server hit a local error while processing; try again later."),
    "0x800CCC6B": ("IXP_E_SMTP_551_USER_NOT_LOCAL", "SMTP",
                   "SMTP 551: the recipient is not local to this server and it will not "
                   "forward."),
    "0x800CCC6C": ("IXP_E_SMTP_452_NO_SYSTEM_STORAGE", "SMTP",
                   "SMTP 452: the server has run out of storage; try again later."),
    "0x800CCC6D": ("IXP_E_SMTP_552_STORAGE_OVERFLOW", "SMTP",
                   "SMTP 552: storage limit exceeded (message too large or mailbox full)."),
    "0x800CCC6E": ("IXP_E_SMTP_553_MAILBOX_NAME_SYNTAX", "SMTP",
                   "SMTP 553: the mailbox name is not allowed (the address is malformed)."),
    "0x800CCC6F": ("IXP_E_SMTP_554_TRANSACT_FAILED", "SMTP",
                   "SMTP 554: the transaction failed (the server refused the message)."),
    "0x800CCC78": ("IXP_E_SMTP_REJECTED_SENDER", "SMTP",
                   "The server rejected the sender's e-mail address."),
    "0x800CCC79": ("IXP_E_SMTP_REJECTED_RECIPIENTS", "SMTP",
                   "One or more recipients were rejected by the server."),
    "0x800CCC7A": ("IXP_E_SMTP_NO_SENDER", "SMTP",
                   "The message has no sender address."),
    "0x800CCC7B": ("IXP_E_SMTP_NO_RECIPIENTS", "SMTP",
                   "The message has no recipients."),
    "0x800CCC7C": ("IXP_E_SMTP_530_STARTTLS_REQUIRED", "SMTP",
                   "SMTP 530: the server requires a secure connection (STARTTLS) first."),
    "0x800CCC7D": ("IXP_E_SMTP_NO_STARTTLS_SUPPORT", "SMTP",
                   "The server does not support a secure connection (STARTTLS/SSL) here."),
    # The SDK spells this one IXP_S_ although it is defined with HR_E (an error value);
    # Wine's imnxport.idl calls it IXP_E_SMTP_NO_DSN_SUPPORT.
    "0x800CCC7E": ("IXP_S_SMTP_NO_DSN_SUPPORT", "SMTP",
                   "The server does not support delivery status notifications (DSN)."),
    "0x800CCC7F": ("IXP_E_SMTP_454_STARTTLS_FAILED", "SMTP",
                   "SMTP 454: the server could not start TLS (STARTTLS failed)."),

    # ---------------------------------------------------------------------------------------
    # Outlook (not Outlook Express) SMTP error next to the IXP range; documented by Microsoft
    # ("Sending mail from Outlook results in error 0x800ccc80").
    # ---------------------------------------------------------------------------------------
    # Not an SDK name (descriptive):
    "0x800CCC80": ("OUTLOOK_E_SMTP_NO_COMMON_AUTH_METHOD", "SMTP",
                   "None of the client's authentication methods is supported by the server; "
                   "the server may require logging on before sending."),

    # ---------------------------------------------------------------------------------------
    # imnxport.h: POP3 errors, HR_E(0xCC90)..HR_E(0xCC97)
    # ---------------------------------------------------------------------------------------
    "0x800CCC90": ("IXP_E_POP3_RESPONSE_ERROR", "POP3",
                   "The POP3 server returned an error reply (-ERR), usually rejecting the user "
                   "name or password."),
    "0x800CCC91": ("IXP_E_POP3_INVALID_USER_NAME", "POP3",
                   "The POP3 server rejected the user name."),
    "0x800CCC92": ("IXP_E_POP3_INVALID_PASSWORD", "POP3",
                   "The POP3 server rejected the password."),
    "0x800CCC93": ("IXP_E_POP3_PARSE_FAILURE", "POP3",
                   "The POP3 server's reply could not be understood."),
    "0x800CCC94": ("IXP_E_POP3_NEED_STAT", "POP3",
                   "A STAT command is needed before this POP3 command."),
    "0x800CCC95": ("IXP_E_POP3_NO_MESSAGES", "POP3",
                   "There are no messages on the POP3 server."),
    "0x800CCC96": ("IXP_E_POP3_NO_MARKED_MESSAGES", "POP3",
                   "No messages were marked for download or deletion."),
    "0x800CCC97": ("IXP_E_POP3_POPID_OUT_OF_RANGE", "POP3",
                   "The POP3 message number is out of range."),

    # ---------------------------------------------------------------------------------------
    # imnxport.h: NNTP (newsgroup) errors, HR_E(0xCCA0)..HR_E(0xCCAE)
    # ---------------------------------------------------------------------------------------
    "0x800CCCA0": ("IXP_E_NNTP_RESPONSE_ERROR", "NNTP",
                   "The news server returned an error reply."),
    "0x800CCCA1": ("IXP_E_NNTP_NEWGROUPS_FAILED", "NNTP",
                   "The news server could not list new newsgroups (NEWGROUPS failed)."),
    "0x800CCCA2": ("IXP_E_NNTP_LIST_FAILED", "NNTP",
                   "The news server could not list its newsgroups (LIST failed)."),
    "0x800CCCA3": ("IXP_E_NNTP_LISTGROUP_FAILED", "NNTP",
                   "The news server could not list the group's articles (LISTGROUP failed)."),
    "0x800CCCA4": ("IXP_E_NNTP_GROUP_FAILED", "NNTP",
                   "The news server could not select the newsgroup (GROUP failed)."),
    "0x800CCCA5": ("IXP_E_NNTP_GROUP_NOTFOUND", "NNTP",
                   "The newsgroup does not exist on the news server."),
    "0x800CCCA6": ("IXP_E_NNTP_ARTICLE_FAILED", "NNTP",
                   "The news server could not return the article (ARTICLE failed)."),
    "0x800CCCA7": ("IXP_E_NNTP_HEAD_FAILED", "NNTP",
                   "The news server could not return the article's headers (HEAD failed)."),
    "0x800CCCA8": ("IXP_E_NNTP_BODY_FAILED", "NNTP",
                   "The news server could not return the article's body (BODY failed)."),
    "0x800CCCA9": ("IXP_E_NNTP_POST_FAILED", "NNTP",
                   "The news server refused the posted article (POST failed)."),
    "0x800CCCAA": ("IXP_E_NNTP_NEXT_FAILED", "NNTP",
                   "The news server could not move to the next article (NEXT failed)."),
    "0x800CCCAB": ("IXP_E_NNTP_DATE_FAILED", "NNTP",
                   "The news server could not report its date (DATE failed)."),
    "0x800CCCAC": ("IXP_E_NNTP_HEADERS_FAILED", "NNTP",
                   "The news server could not return the article headers (XOVER failed)."),
    "0x800CCCAD": ("IXP_E_NNTP_XHDR_FAILED", "NNTP",
                   "The news server could not return the header field (XHDR failed)."),
    "0x800CCCAE": ("IXP_E_NNTP_INVALID_USERPASS", "NNTP",
                   "The news server rejected the user name or password."),

    # ---------------------------------------------------------------------------------------
    # imnxport.h: RAS (dial-up networking) errors, HR_E(0xCCC2)..HR_E(0xCCC6).
    # 0xCCC0/0xCCC1 are IXP_S_RAS_* success codes (HR_S) and are not listed.
    # ---------------------------------------------------------------------------------------
    "0x800CCCC2": ("IXP_E_RAS_NOT_INSTALLED", "RAS",
                   "Dial-up networking (Remote Access Service) is not installed."),
    "0x800CCCC3": ("IXP_E_RAS_PROCS_NOT_FOUND", "RAS",
                   "The dial-up networking functions could not be found."),
    "0x800CCCC4": ("IXP_E_RAS_ERROR", "RAS",
                   "A dial-up networking error occurred."),
    "0x800CCCC5": ("IXP_E_RAS_INVALID_CONNECTOID", "RAS",
                   "The dial-up connection chosen for the account is not valid."),
    "0x800CCCC6": ("IXP_E_RAS_GET_DIAL_PARAMS", "RAS",
                   "The dial-up connection's settings could not be read."),

    # ---------------------------------------------------------------------------------------
    # imnxport.h: IMAP errors, HR_E(0xCCD1)..HR_E(0xCCE0).
    # 0xCCD0 and 0xCCE1 are IXP_S_IMAP_* success codes (HR_S) and are not listed.
    # ---------------------------------------------------------------------------------------
    "0x800CCCD1": ("IXP_E_IMAP_LOGINFAILURE", "IMAP",
                   "The IMAP server rejected the logon (LOGIN failed)."),
    "0x800CCCD2": ("IXP_E_IMAP_TAGGED_NO_RESPONSE", "IMAP",
                   "The IMAP server answered the command with NO (it refused the command)."),
    "0x800CCCD3": ("IXP_E_IMAP_BAD_RESPONSE", "IMAP",
                   "The IMAP server answered the command with BAD (it did not accept it)."),
    "0x800CCCD4": ("IXP_E_IMAP_SVR_SYNTAXERR", "IMAP",
                   "The IMAP server's reply contains a syntax error."),
    "0x800CCCD5": ("IXP_E_IMAP_NOTIMAPSERVER", "IMAP",
                   "The server is not an IMAP server."),
    "0x800CCCD6": ("IXP_E_IMAP_BUFFER_OVERFLOW", "IMAP",
                   "A buffer overflowed while reading the IMAP server's reply."),
    "0x800CCCD7": ("IXP_E_IMAP_RECVR_ERROR", "IMAP",
                   "The client failed while processing the IMAP server's reply."),
    "0x800CCCD8": ("IXP_E_IMAP_INCOMPLETE_LINE", "IMAP",
                   "The IMAP server sent an incomplete line."),
    "0x800CCCD9": ("IXP_E_IMAP_CONNECTION_REFUSED", "IMAP",
                   "The IMAP server refused the connection (it said BYE in its greeting)."),
    "0x800CCCDA": ("IXP_E_IMAP_UNRECOGNIZED_RESP", "IMAP",
                   "The IMAP server sent a reply the client does not recognise."),
    "0x800CCCDB": ("IXP_E_IMAP_CHANGEDUID", "IMAP",
                   "A message's UID changed unexpectedly on the IMAP server."),
    "0x800CCCDC": ("IXP_E_IMAP_UIDORDER", "IMAP",
                   "The IMAP server returned message UIDs out of ascending order."),
    "0x800CCCDD": ("IXP_E_IMAP_UNSOLICITED_BYE", "IMAP",
                   "The IMAP server closed the session unexpectedly (unsolicited BYE)."),
    "0x800CCCDE": ("IXP_E_IMAP_IMPROPER_SVRSTATE", "IMAP",
                   "The command was sent while the IMAP session was in the wrong state."),
    "0x800CCCDF": ("IXP_E_IMAP_AUTH_NOT_POSSIBLE", "IMAP",
                   "The client and the IMAP server share no authentication method."),
    "0x800CCCE0": ("IXP_E_IMAP_OUT_OF_AUTH_METHODS", "IMAP",
                   "Every authentication method was tried with the IMAP server and none "
                   "worked."),

    # ---------------------------------------------------------------------------------------
    # imnxport.h: HTTPMail errors, second range HR_E(0xCCF0)..HR_E(0xCCF4)
    # ---------------------------------------------------------------------------------------
    "0x800CCCF0": ("IXP_E_HTTP_SERVICE_UNAVAIL", "HTTPMail",
                   "HTTP 503 Service Unavailable: the mail service is temporarily unavailable."),
    "0x800CCCF1": ("IXP_E_HTTP_GATEWAY_TIMEOUT", "HTTPMail",
                   "HTTP 504 Gateway Timeout: a gateway or proxy timed out upstream."),
    "0x800CCCF2": ("IXP_E_HTTP_VERS_NOT_SUP", "HTTPMail",
                   "HTTP 505: the server does not support the HTTP version used."),
    "0x800CCCF3": ("IXP_E_HTTP_INSUFFICIENT_STORAGE", "HTTPMail",
                   "HTTP 507 (or 425) Insufficient Storage: the mailbox on the server is full."),
    "0x800CCCF4": ("IXP_E_HTTP_ROOT_PROP_NOT_FOUND", "HTTPMail",
                   "The HTTPMail server did not provide a required account property (such "
                   "as a folder address)."),

    # ---------------------------------------------------------------------------------------
    # Outlook Express / Windows Mail message store (.dbx database) errors,
    # DB_E_* = HR_E(300)..HR_E(343) = 0x800C012C..0x800C0157 (HR_E(327) is not defined).
    # Seen in send/receive errors when a local folder file is damaged, locked or too big
    # (0x800C0131, 0x800C0133 and 0x800C013B are the ones users usually report).
    # ---------------------------------------------------------------------------------------
    "0x800C012C": ("DB_E_ALREADYOPEN", None,
                   "The message store file is already open."),
    "0x800C012D": ("DB_E_CREATEMUTEX", None,
                   "The message store could not create its lock (mutex)."),
    "0x800C012E": ("DB_E_CREATEFILE", None,
                   "A message store file could not be created or opened."),
    "0x800C012F": ("DB_E_GETFILESIZE", None,
                   "The size of a message store file could not be read."),
    "0x800C0130": ("DB_E_CREATEFILEMAPPING", None,
                   "A message store file could not be mapped into memory."),
    "0x800C0131": ("DB_E_MAPVIEWOFFILE", None,
                   "A view of a message store file could not be mapped into memory; the folder "
                   "file may be damaged or too large."),
    "0x800C0132": ("DB_E_SETENDOFFILE", None,
                   "A message store file could not be resized (disk full or file too large)."),
    "0x800C0133": ("DB_E_SETFILEPOINTER", None,
                   "A position in a message store file could not be reached; the folder file "
                   "may be damaged or at its 2 GB limit."),
    "0x800C0134": ("DB_E_BADMAJORVERSION", None,
                   "A message store file has an unsupported major version."),
    "0x800C0135": ("DB_E_INVALIDFILESIGNATURE", None,
                   "A file is not a valid message store file (bad signature)."),
    "0x800C0136": ("DB_E_WRITEFILE", None,
                   "Writing to a message store file failed."),
    "0x800C0137": ("DB_E_TIMEOUT", None,
                   "Timed out waiting for access to the message store."),
    "0x800C0138": ("DB_E_FLUSHVIEWOFFILE", None,
                   "Changes to a message store file could not be flushed from memory."),
    "0x800C0139": ("DB_E_FLUSHFILEBUFFERS", None,
                   "Changes to a message store file could not be flushed to disk."),
    "0x800C013A": ("DB_E_DUPLICATE", None,
                   "The record already exists in the message store."),
    "0x800C013B": ("DB_E_CORRUPT", None,
                   "A message store (folder) file is corrupt."),
    "0x800C013C": ("DB_E_DISKFULL", None,
                   "The disk holding the message store is full."),
    "0x800C013D": ("DB_E_GETTEMPFILENAME", None,
                   "A temporary file name for the message store could not be obtained."),
    "0x800C013E": ("DB_E_NOTFOUND", None,
                   "The record was not found in the message store."),
    "0x800C013F": ("DB_E_STREAMTABLEFULL", None,
                   "The message store's stream table is full."),
    "0x800C0140": ("DB_E_NORECORDS", None,
                   "The message store table has no records."),
    "0x800C0141": ("DB_E_COMPACT_PREEMPTED", None,
                   "Compacting the message store was interrupted."),
    "0x800C0142": ("DB_E_DATABASE_CHANGED", None,
                   "The message store changed during the operation."),
    "0x800C0143": ("DB_E_COMPACTING", None,
                   "The message store is being compacted."),
    "0x800C0144": ("DB_E_RECORDVERSIONCHANGED", None,
                   "A message store record has an unexpected version."),
    "0x800C0145": ("DB_E_CORRUPTRECORD", None,
                   "A record in the message store is corrupt."),
    "0x800C0146": ("DB_E_BADMINORVERSION", None,
                   "A message store file has an unsupported minor version."),
    "0x800C0148": ("DB_E_TOOMANYOPENROWSETS", None,
                   "Too many views (rowsets) of the message store are open."),
    "0x800C0149": ("DB_E_LOCKEDFORREAD", None,
                   "The message store is locked for reading by another process."),
    "0x800C014A": ("DB_E_LOCKEDFORWRITE", None,
                   "The message store is locked for writing by another process."),
    "0x800C014B": ("DB_E_FILENOTFOUND", None,
                   "A message store file was not found."),
    "0x800C014C": ("DB_E_UNMATCHINGQUOTES", None,
                   "A message store query expression has unmatched quotes."),
    "0x800C014D": ("DB_E_UNMATCHINGPARENS", None,
                   "A message store query expression has unmatched parentheses."),
    "0x800C014E": ("DB_E_NUMBERTOOBIG", None,
                   "A number in a message store query expression is too big."),
    "0x800C014F": ("DB_E_BADNUMBER", None,
                   "A number in a message store query expression is not valid."),
    "0x800C0150": ("DB_E_NOSYMBOLS", None,
                   "A message store query expression was given no symbol table."),
    "0x800C0151": ("DB_E_INVALIDSYMBOL", None,
                   "A message store query expression uses an unknown symbol."),
    "0x800C0152": ("DB_E_INVALIDCOLUMN", None,
                   "A message store operation names a column that does not exist."),
    "0x800C0153": ("DB_E_BADEXPRESSION", None,
                   "A message store query expression is not valid."),
    "0x800C0154": ("DB_E_MOVEFILE", None,
                   "A message store file could not be moved (for example after compacting)."),
    "0x800C0155": ("DB_E_ACCESSDENIED", None,
                   "Access to a message store file was denied."),
    "0x800C0156": ("DB_E_WRONGTHREAD", None,
                   "The message store was used from the wrong thread."),
    "0x800C0157": ("DB_E_ALREADYREGISTERED", None,
                   "The message store notification is already registered."),

    # ---------------------------------------------------------------------------------------
    # mapicode.h: MAPI errors, MAKE_MAPI_E(n) = 0x80040000 | n.  Outlook shows these in
    # "Task '...' reported error (0x8004xxxx)".  MAPI_E_CALL_FAILED, _NOT_ENOUGH_MEMORY,
    # _INVALID_PARAMETER, _INTERFACE_NOT_SUPPORTED and _NO_ACCESS are the generic COM codes
    # (0x80004005, 0x8007000E, 0x80070057, 0x80004002, 0x80070005) and are not listed.
    # ---------------------------------------------------------------------------------------
    "0x80040102": ("MAPI_E_NO_SUPPORT", "MAPI",
                   "The operation is not supported by this message service or provider."),
    "0x80040103": ("MAPI_E_BAD_CHARWIDTH", "MAPI",
                   "The text was given in the wrong character width (Unicode or ANSI)."),
    "0x80040105": ("MAPI_E_STRING_TOO_LONG", "MAPI",
                   "A text value is too long."),
    "0x80040106": ("MAPI_E_UNKNOWN_FLAGS", "MAPI",
                   "The operation was given flags it does not know."),
    "0x80040107": ("MAPI_E_INVALID_ENTRYID", "MAPI",
                   "An item's identifier (entry ID) is not valid."),
    "0x80040108": ("MAPI_E_INVALID_OBJECT", "MAPI",
                   "The object is no longer valid."),
    "0x80040109": ("MAPI_E_OBJECT_CHANGED", "MAPI",
                   "The item was changed by someone else (or an add-in) since it was opened."),
    "0x8004010A": ("MAPI_E_OBJECT_DELETED", "MAPI",
                   "The item has been deleted."),
    "0x8004010B": ("MAPI_E_BUSY", "MAPI",
                   "The message service is busy; try again later."),
    "0x8004010D": ("MAPI_E_NOT_ENOUGH_DISK", "MAPI",
                   "There is not enough disk space to complete the operation."),
    "0x8004010E": ("MAPI_E_NOT_ENOUGH_RESOURCES", "MAPI",
                   "There are not enough system resources to complete the operation."),
    "0x8004010F": ("MAPI_E_NOT_FOUND", "MAPI",
                   "An object could not be found (often the data file, the profile's delivery "
                   "location or the offline address book)."),
    "0x80040110": ("MAPI_E_VERSION", "MAPI",
                   "The version of a component or file is not supported."),
    "0x80040111": ("MAPI_E_LOGON_FAILED", "MAPI",
                   "Logging on to the message service failed."),
    "0x80040112": ("MAPI_E_SESSION_LIMIT", "MAPI",
                   "No more sessions can be opened."),
    "0x80040113": ("MAPI_E_USER_CANCEL", "MAPI",
                   "The operation was cancelled by the user."),
    "0x80040114": ("MAPI_E_UNABLE_TO_ABORT", "MAPI",
                   "The operation could not be cancelled."),
    "0x80040115": ("MAPI_E_NETWORK_ERROR", "MAPI",
                   "A network error occurred; the server could not be reached."),
    "0x80040116": ("MAPI_E_DISK_ERROR", "MAPI",
                   "A disk error occurred while reading or writing the data file."),
    "0x80040117": ("MAPI_E_TOO_COMPLEX", "MAPI",
                   "The operation or search is too complex."),
    "0x80040118": ("MAPI_E_BAD_COLUMN", "MAPI",
                   "A table column requested is not valid."),
    "0x80040119": ("MAPI_E_EXTENDED_ERROR", "MAPI",
                   "An unknown error occurred in the messaging interface (often a damaged "
                   "data file or an interfering add-in or virus scanner)."),
    "0x8004011A": ("MAPI_E_COMPUTED", "MAPI",
                   "The property is computed and cannot be changed."),
    "0x8004011B": ("MAPI_E_CORRUPT_DATA", "MAPI",
                   "Data in the message store or data file is corrupt."),
    "0x8004011C": ("MAPI_E_UNCONFIGURED", "MAPI",
                   "The message service is not configured."),
    "0x8004011D": ("MAPI_E_FAILONEPROVIDER", "MAPI",
                   "One of the services in the profile failed; typically the server is not "
                   "available."),
    "0x8004011E": ("MAPI_E_UNKNOWN_CPID", "MAPI",
                   "The code page is not supported."),
    "0x8004011F": ("MAPI_E_UNKNOWN_LCID", "MAPI",
                   "The locale is not supported."),
    "0x80040120": ("MAPI_E_PASSWORD_CHANGE_REQUIRED", "MAPI",
                   "The password must be changed before logging on."),
    "0x80040121": ("MAPI_E_PASSWORD_EXPIRED", "MAPI",
                   "The password has expired."),
    "0x80040122": ("MAPI_E_INVALID_WORKSTATION_ACCOUNT", "MAPI",
                   "The account may not log on from this computer."),
    "0x80040123": ("MAPI_E_INVALID_ACCESS_TIME", "MAPI",
                   "The account may not log on at this time."),
    "0x80040124": ("MAPI_E_ACCOUNT_DISABLED", "MAPI",
                   "The account is disabled."),
    "0x80040200": ("MAPI_E_END_OF_SESSION", "MAPI",
                   "The messaging session has ended."),
    "0x80040201": ("MAPI_E_UNKNOWN_ENTRYID", "MAPI",
                   "No service recognises the item's identifier (entry ID)."),
    "0x80040202": ("MAPI_E_MISSING_REQUIRED_COLUMN", "MAPI",
                   "A required table column is missing."),
    "0x80040301": ("MAPI_E_BAD_VALUE", "MAPI",
                   "A property value is not valid."),
    "0x80040302": ("MAPI_E_INVALID_TYPE", "MAPI",
                   "A property type is not valid."),
    "0x80040303": ("MAPI_E_TYPE_NO_SUPPORT", "MAPI",
                   "A property type is not supported."),
    "0x80040304": ("MAPI_E_UNEXPECTED_TYPE", "MAPI",
                   "A property has an unexpected type."),
    "0x80040305": ("MAPI_E_TOO_BIG", "MAPI",
                   "The item or property is too big, or too many items are open at once."),
    "0x80040306": ("MAPI_E_DECLINE_COPY", "MAPI",
                   "The provider declined to copy the item."),
    "0x80040307": ("MAPI_E_UNEXPECTED_ID", "MAPI",
                   "A property identifier is not what was expected."),
    "0x80040400": ("MAPI_E_UNABLE_TO_COMPLETE", "MAPI",
                   "The table operation could not be completed."),
    "0x80040401": ("MAPI_E_TIMEOUT", "MAPI",
                   "The operation timed out."),
    "0x80040402": ("MAPI_E_TABLE_EMPTY", "MAPI",
                   "The table is empty."),
    "0x80040403": ("MAPI_E_TABLE_TOO_BIG", "MAPI",
                   "The table is too big for the operation."),
    "0x80040405": ("MAPI_E_INVALID_BOOKMARK", "MAPI",
                   "A table bookmark is not valid."),
    "0x80040500": ("MAPI_E_WAIT", "MAPI",
                   "The transport cannot send now and asks to wait."),
    "0x80040501": ("MAPI_E_CANCEL", "MAPI",
                   "The transport cancelled the operation."),
    "0x80040502": ("MAPI_E_NOT_ME", "MAPI",
                   "The transport does not handle this message."),
    "0x80040600": ("MAPI_E_CORRUPT_STORE", "MAPI",
                   "The message store (data file) is corrupt."),
    "0x80040601": ("MAPI_E_NOT_IN_QUEUE", "MAPI",
                   "The message is no longer in the outgoing queue."),
    "0x80040602": ("MAPI_E_NO_SUPPRESS", "MAPI",
                   "The message store cannot suppress read receipts."),
    "0x80040604": ("MAPI_E_COLLISION", "MAPI",
                   "An item with that name already exists."),
    "0x80040605": ("MAPI_E_NOT_INITIALIZED", "MAPI",
                   "The messaging subsystem or object has not been initialised."),
    "0x80040606": ("MAPI_E_NON_STANDARD", "MAPI",
                   "A non-standard, provider-specific error occurred."),
    "0x80040607": ("MAPI_E_NO_RECIPIENTS", "MAPI",
                   "The message has no recipients, or none could be sent to."),
    "0x80040608": ("MAPI_E_SUBMITTED", "MAPI",
                   "The message has already been submitted for sending."),
    "0x80040609": ("MAPI_E_HAS_FOLDERS", "MAPI",
                   "The folder still contains subfolders."),
    "0x8004060A": ("MAPI_E_HAS_MESSAGES", "MAPI",
                   "The folder still contains messages."),
    "0x8004060B": ("MAPI_E_FOLDER_CYCLE", "MAPI",
                   "A folder cannot be moved or copied into one of its own subfolders."),
    # Exchange extension (edkmdb.h), not in mapicode.h:
    "0x8004060C": ("MAPI_E_STORE_FULL", "MAPI",
                   "The mailbox or message store is full (over its size limit)."),
    "0x80040700": ("MAPI_E_AMBIGUOUS_RECIP", "MAPI",
                   "A recipient name matches more than one address-book entry."),

    # ---------------------------------------------------------------------------------------
    # Outlook's Internet-mail (POP3/SMTP) errors.  Not SDK names (descriptive); meanings
    # follow the text Outlook prints with them.
    # ---------------------------------------------------------------------------------------
    # Not an SDK name (descriptive):
    "0x80042108": ("OUTLOOK_E_CANT_CONNECT_INCOMING", "POP3",
                   "Outlook cannot connect to the incoming (POP3) e-mail server."),
    # Not an SDK name (descriptive):
    "0x80042109": ("OUTLOOK_E_CANT_CONNECT_OUTGOING", "SMTP",
                   "Outlook cannot connect to the outgoing (SMTP) e-mail server."),
    # Not an SDK name (descriptive):
    "0x8004210A": ("OUTLOOK_E_INCOMING_TIMEOUT", "POP3",
                   "The operation timed out waiting for a response from the receiving (POP3) "
                   "server."),
    # Not an SDK name (descriptive):
    "0x8004210B": ("OUTLOOK_E_OUTGOING_TIMEOUT", "SMTP",
                   "The operation timed out waiting for a response from the sending (SMTP) "
                   "server."),
}

SOCKET_ERRORS = {
    # Winsock error number: (symbolic name, one-line meaning)  -- winsock2.h values
    10004: ("WSAEINTR", "The network call was interrupted."),
    10009: ("WSAEBADF", "The socket handle is not valid."),
    10013: ("WSAEACCES", "Permission denied; a firewall or security program may have blocked "
            "the connection."),
    10014: ("WSAEFAULT", "A bad memory address was passed to a network call."),
    10022: ("WSAEINVAL", "An invalid argument was passed to a network call."),
    10024: ("WSAEMFILE", "Too many sockets are open."),
    10035: ("WSAEWOULDBLOCK", "The network operation could not complete immediately."),
    10036: ("WSAEINPROGRESS", "A blocking network operation is already in progress."),
    10037: ("WSAEALREADY", "The operation is already in progress on this socket."),
    10038: ("WSAENOTSOCK", "The handle is not a socket."),
    10039: ("WSAEDESTADDRREQ", "A destination address is required."),
    10040: ("WSAEMSGSIZE", "The message is too long for the network buffer."),
    10041: ("WSAEPROTOTYPE", "The protocol is the wrong type for the socket."),
    10042: ("WSAENOPROTOOPT", "The protocol option is not valid."),
    10043: ("WSAEPROTONOSUPPORT", "The protocol is not supported."),
    10044: ("WSAESOCKTNOSUPPORT", "The socket type is not supported."),
    10045: ("WSAEOPNOTSUPP", "The operation is not supported on this socket."),
    10046: ("WSAEPFNOSUPPORT", "The protocol family is not supported."),
    10047: ("WSAEAFNOSUPPORT", "The address family is not supported."),
    10048: ("WSAEADDRINUSE", "The local address or port is already in use."),
    10049: ("WSAEADDRNOTAVAIL", "The requested address is not valid in this context."),
    10050: ("WSAENETDOWN", "The network is down."),
    10051: ("WSAENETUNREACH", "The network is unreachable."),
    10052: ("WSAENETRESET", "The connection was reset because the network dropped it."),
    10053: ("WSAECONNABORTED", "The connection was aborted by software on this computer "
            "(often a firewall or virus scanner)."),
    10054: ("WSAECONNRESET", "The connection was reset by the server (remote host)."),
    10055: ("WSAENOBUFS", "No network buffer space is available."),
    10056: ("WSAEISCONN", "The socket is already connected."),
    10057: ("WSAENOTCONN", "The socket is not connected."),
    10058: ("WSAESHUTDOWN", "The socket has already been shut down."),
    10059: ("WSAETOOMANYREFS", "Too many references to a kernel object."),
    10060: ("WSAETIMEDOUT", "Connection timed out; the server did not answer in time."),
    10061: ("WSAECONNREFUSED", "Connection refused; nothing is listening on that server and "
            "port, or a firewall rejected it."),
    10062: ("WSAELOOP", "The name cannot be translated (too many levels)."),
    10063: ("WSAENAMETOOLONG", "The name is too long."),
    10064: ("WSAEHOSTDOWN", "The server (remote host) is down."),
    10065: ("WSAEHOSTUNREACH", "There is no route to the server (host unreachable)."),
    10067: ("WSAEPROCLIM", "Too many programs are using Windows Sockets."),
    10091: ("WSASYSNOTREADY", "The network subsystem is not ready."),
    10092: ("WSAVERNOTSUPPORTED", "The requested Windows Sockets version is not supported."),
    10093: ("WSANOTINITIALISED", "Windows Sockets has not been started (WSAStartup not "
            "called)."),
    10101: ("WSAEDISCON", "The server is shutting the connection down gracefully."),
    11001: ("WSAHOST_NOT_FOUND", "Host not found; the server name does not exist in DNS."),
    11002: ("WSATRY_AGAIN", "The server name could not be looked up right now (temporary DNS "
            "failure); try again."),
    11003: ("WSANO_RECOVERY", "A non-recoverable error occurred while looking up the server "
            "name."),
    11004: ("WSANO_DATA", "The server name is valid but has no address (no data record in "
            "DNS)."),
}
