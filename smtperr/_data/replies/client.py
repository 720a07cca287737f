"""Client error numbers: the phase of the session each names and its default reason.

Literal data only.
"""

# ---------------------------------------------------------------------------------------------
# Client error numbers -> (SMTP/POP3 phase or None, default reason or None).  The number says
# where the session failed; client-side reasons (connection, timeout, login, TLS, auth method)
# decide by themselves, the others only when the reply says nothing more specific.
# Numbers: imnxport.h IXP_E_* and Outlook's 0x8004210x (see smtperr/_data/errors.py).
# ---------------------------------------------------------------------------------------------
CLIENT_ERRORS = {
    "0x800CCC79": ("RCPT", None),                     # IXP_E_SMTP_REJECTED_RECIPIENTS
    "0x800CCC78": ("MAIL", "sender_rejected"),        # IXP_E_SMTP_REJECTED_SENDER
    "0x800CCC0D": ("CONN", "connection_failed"),      # IXP_E_CANT_FIND_HOST
    "0x800CCC0E": ("CONN", "connection_failed"),      # IXP_E_FAILED_TO_CONNECT
    "0x800CCC15": ("CONN", "connection_failed"),      # IXP_E_SOCKET_CONNECT_ERROR
    "0x800CCC0F": ("CONN", "connection_lost"),        # IXP_E_CONNECTION_DROPPED
    "0x800CCC19": (None, "timeout"),                  # IXP_E_TIMEOUT
    "0x800CCC18": ("AUTH", "login_failed"),           # IXP_E_SICILY_LOGON_FAILED
    "0x800CCC90": ("AUTH", "login_failed"),           # IXP_E_POP3_RESPONSE_ERROR
    "0x800CCC91": ("AUTH", "login_failed"),           # IXP_E_POP3_INVALID_USER_NAME
    "0x800CCC92": ("AUTH", "login_failed"),           # IXP_E_POP3_INVALID_PASSWORD
    "0x800CCC1A": ("CONN", "tls_failed"),             # IXP_E_SECURE_CONNECT_FAILED
    "0x800CCC7D": ("STARTTLS", "tls_failed"),         # IXP_E_SMTP_NO_STARTTLS_SUPPORT
    "0x800CCC80": ("AUTH", "auth_unsupported"),       # no common authentication method
    "0x800CCC6A": (None, "system_error"),             # IXP_E_SMTP_451_ERROR_PROCESSING
    "0x800CCC6C": (None, "system_full"),              # IXP_E_SMTP_452_NO_SYSTEM_STORAGE
    "0x800CCC6D": (None, "mailbox_full"),             # IXP_E_SMTP_552_STORAGE_OVERFLOW
    "0x80042108": ("CONN", "connection_failed"),      # cannot connect to incoming (POP3)
    "0x80042109": ("CONN", "connection_failed"),      # cannot connect to outgoing (SMTP)
    "0x8004210A": (None, "timeout"),                  # timed out waiting for POP3 server
    "0x8004210B": (None, "timeout"),                  # timed out waiting for SMTP server
}

# Reasons that are about the client's own connection/session: when the client's error number
# names one of these it decides, unless the quoted text is an SMTP reply (a 4xx/5xx code or
# an enhanced status) that explains the failure by itself.
CLIENT_SIDE_REASONS = (
    "connection_failed", "connection_lost", "timeout", "login_failed", "tls_failed",
    "auth_unsupported",
)
