"""What planted code does: a reader of malicious payloads in code (round eleven, code12).

BIPIA's code attacks are phrased like ordinary coding help ("Incorporate the following code
excerpt into your code"), as are clean README sections and LLM-app snippets; what sets them
apart is the payload. This reader looks at what the code does, in Python, JavaScript and
shell, with regular expressions only (no model, no network, well under a millisecond for a
page of code):

- ``exfiltration``: a sensitive *source* (environment variables, cookies, keys and
  credential files, system information, the clipboard, a contact list) that reaches a
  network *sink* (an HTTP send, a socket, mail, FTP, MQTT, ``curl -d``/``-F``, ``nc``) near
  a remote host. A single word never fires: the source must be in the data the sink sends
  (not its URL, headers or auth), assigned at most ``NEAR`` lines before it;
- ``destructive``: ``dd`` onto a disk, ``rm -rf`` of ``/``, home or system folders, ``mkfs``,
  removing system libraries, wiping shadow copies;
- ``download_execute``: ``curl | sh``, a download then ``chmod +x`` and a run, ``exec`` or
  ``os.system``/``subprocess`` of a downloaded file near the download, ``exec``/``eval`` of
  a decoded blob, crypto miners;
- ``reverse_shell``, ``persistence`` (crontab, ``rc.local``, init scripts, startup entries)
  and ``security_disabled`` (SELinux, firewalls, Defender, sudoers).

Written from those kinds and BIPIA's *train* code attacks only (docs/guard-rounds.md, round
eleven, "what planted code does"). Clean code that posts a form, reads its configuration
from ``os.environ`` or runs a subprocess is the hard negative the design keeps quiet on.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Lines within which a source's assignment, a sink and a remote host must sit together.
NEAR = 12
# Longest text read (characters); a longer one is read in its first part only.
MAX_CHARS = 200_000
_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    evidence: str  # the line (or command) that fired, shortened


@dataclass(frozen=True, slots=True)
class PayloadReading:
    findings: tuple[Finding, ...] = ()

    @property
    def fired(self) -> bool:
        return bool(self.findings)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.kind for f in self.findings))

    def named(self) -> str:
        return ", ".join(self.kinds)


# --- sources: what exfiltration sends ---------------------------------------------------
_ENV = (
    r"(?:PATH|HOME|USER|USERNAME|USERPROFILE|TEMP|TMP|TMPDIR|LANG|SHELL|HOSTNAME|LOGNAME|PWD"
    r"|COMPUTERNAME|APPDATA|SSH_AUTH_SOCK|AWS_SECRET_ACCESS_KEY|AWS_ACCESS_KEY_ID"
    r"|AWS_SESSION_TOKEN)"
)
_SOURCE = re.compile(
    "|".join(
        [
            # the environment whole, or the variables that profile a machine (a client's
            # own API key sent to its API is not this)
            r"\bos\.environ\b(?!\s*(?:\[|\.get\b|\.setdefault\b|\.pop\b))",
            rf"\bos\.environ\s*(?:\[|\.get\(|\.pop\()\s*[\"']{_ENV}[\"']",
            rf"\bos\.getenv\s*\(\s*[\"']{_ENV}[\"']",
            r"\bprocess\.env\b(?!\s*(?:\.|\[))",
            rf"\bprocess\.env(?:\.|\[\s*[\"']){_ENV}\b",
            r"\bSystem\.getenv\s*\(\s*\)",
            r"\$\(\s*(?:env|printenv|set)\s*\)",
            r"`\s*(?:env|printenv)\s*`",
            # cookies and browser stores
            r"\bcookies?[\w-]*\.(?:txt|pkl|pickle|json|sqlite|db)\b",
            r"\bdocument\.cookie\b",
            r"\bbrowser_cookie3\b",
            r"Login Data",
            # keys and credential files
            r"~/\.ssh\b|\$HOME/\.ssh\b|\.ssh/",
            r"\bid_(?:rsa|dsa|ecdsa|ed25519)\b",
            r"/etc/(?:passwd|shadow|sudoers)\b",
            r"""["'@/]\.env["'\s]""",
            r"\.aws/credentials|\.netrc\b|\.git-credentials|\.kube/config|\.docker/config\.json",
            r"\.bash_history|\.zsh_history|wallet\.dat|\.gnupg\b",
            # system information
            r"\bpsutil\.\w+\s*\(",
            r"\bplatform\.(?:uname|node)\s*\(",
            r"\bsocket\.gethostname\s*\(",
            r"\bgetpass\.getuser\s*\(",
            r"\bos\.(?:uname|getlogin)\s*\(",
            r"\buuid\.getnode\s*\(",
            r"\busb\.core\.find\s*\(",
            r"\bquery_devices\s*\(",
            r"""check_output\s*\(\s*\[?\s*["'](?:driverquery|systeminfo|whoami|ipconfig|"""
            r"""ifconfig|uname|hostname)\b""",
            r"\$\(\s*(?:whoami|hostname|uname|id|ifconfig|ip\s+a)\b[^)]{0,20}\)",
            # the clipboard, keystrokes, the screen
            r"\bpyperclip\.paste\s*\(|\bImageGrab\.grab\s*\(|\bpyautogui\.screenshot\s*\(",
            r"\bpynput\b|\bGetAsyncKeyState\b",
            # a contact list (mass mailing)
            r"\bcontacts?\.(?:csv|vcf|json|txt)\b",
        ]
    ),
    _I,
)

# --- sinks: calls that send; ``skip`` positional arguments are the URL or the addressee ----
_SINKS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\b(?:requests|httpx|axios|\w*[Ss]ession|client)\.(?:post|put|patch)\s*\("), 1),
    (re.compile(r"\b(?:requests|httpx|axios)\.get\s*\("), 1),  # sends only its params/cookies
    (re.compile(r"\bfetch\s*\("), 1),
    (re.compile(r"\.request\s*\(\s*[\"'](?:POST|PUT|PATCH)[\"']"), 2),
    (re.compile(r"\burlopen\s*\((?=[^)\n]{0,200}\bdata\s*=)"), 1),
    (re.compile(r"\.(?:sendall|sendto)\s*\("), 0),
    (re.compile(r"\b(?:sock|s|conn|client|bt_sock|ws)\.send\s*\("), 0),
    (re.compile(r"\.sendmail\s*\("), 1),
    (re.compile(r"\.send_message\s*\("), 0),
    (re.compile(r"\byag\w*\.send\s*\("), 0),
    (re.compile(r"\.stor(?:binary|lines)\s*\("), 1),
    (re.compile(r"\bpublish\.(?:single|multiple)\s*\("), 1),
    (re.compile(r"\bnavigator\.sendBeacon\s*\("), 1),
    (re.compile(r"\bxhr\.send\s*\(|\bXMLHttpRequest\b[^\n]{0,200}\.send\s*\("), 0),
)
# kwargs that do not carry the payload
_NOT_PAYLOAD = re.compile(
    r"^\s*(?:headers|auth|timeout|verify|proxies|hostname|host|port|url|method|allow_redirects"
    r"|stream|cert|mode|credentials)\s*[=:]",
    _I,
)
_REMOTE = re.compile(
    r"""["'`](?:https?|ftp|wss?)://(?!localhost\b|127\.|0\.0\.0\.0|\[::1\])[^"'`\s]+"""
    r"""|\(\s*["'](?!localhost["']|127\.)[\w.-]+["']\s*,\s*\d{2,5}\s*\)"""
    r"""|\b(?:SMTP|SMTP_SSL|FTP|FTP_TLS|HTTPS?Connection)\(\s*["'][\w.-]+["']"""
    r"""|\bhostname\s*=\s*["'][\w.-]+["']""",
    _I,
)
_ASSIGN = re.compile(
    r"^\s*(?:const\s+|let\s+|var\s+)?([A-Za-z_][\w]*(?:\s*,\s*[A-Za-z_]\w*)*)\s*=(?!=)\s*(.+)$"
)
_WITH_AS = re.compile(r"^\s*(?:async\s+)?with\s+(.+?)\s+as\s+([A-Za-z_]\w*)")
_FOR_IN = re.compile(r"^\s*(?:async\s+)?for\s+([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s+in\s+(.+)$")
_MUTATE = re.compile(r"^\s*([A-Za-z_]\w*)\.\w+\s*\((.+)$")
# shell one-liners: a source piped into, or passed as data to, a network command
_SHELL_EXFIL = re.compile(
    r"(?:\b(?:env|printenv|cat\s+[^\n|]{0,80}(?:\.ssh|id_rsa|/etc/passwd|/etc/shadow|\.env\b"
    r"|\.aws|\.netrc))\b[^\n|]{0,40}\|\s*(?:curl|wget|nc|ncat|netcat|mail|sendmail)\b)"
    r"|(?:\b(?:curl|wget)\b[^\n]{0,200}(?:-d|--data\S*|-F|--form|-T|--upload-file|--post-\w+)"
    r"[\s=]+[\"']?[^\n]{0,40}(?:\$\(\s*(?:env|printenv|whoami|hostname|uname|cat\s)|@?~/\.ssh|"
    r"@?/etc/(?:passwd|shadow)|@\.env\b|@?\$HOME/\.ssh|id_rsa))"
    r"|(?:\b(?:nc|ncat|netcat)\s+[\w.-]+\s+\d{2,5}\s*<\s*\S*(?:\.ssh|id_rsa|/etc/passwd|"
    r"/etc/shadow|\.env\b))"
    # a browser's cookies in a request the page makes
    r"|(?:\.src|location(?:\.href)?)\s*=[^\n]{0,200}https?://[^\n]{0,200}document\.cookie",
    _I,
)

# --- kinds that one line (or command) shows -------------------------------------------------
_RM_TARGET = (
    r"(?:/\*?|~/?\*?|\$HOME/?|/(?:usr|etc|lib|lib64|bin|sbin|boot|home|root|var|opt|dev|sys"
    r"|proc)/?|/usr/(?:local/[\w.-]+|lib\w*|bin|sbin|share)|/(?:etc|boot|bin|sbin|lib\w*)/\S+)"
)
_LINE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (  # triggers: _TRIGGERS
    (
        "destructive",
        re.compile(
            "|".join(
                [
                    r"\bdd\s+[^\n]{0,100}\bof=/dev/(?:sd|hd|nvme|xvd|vd|mmcblk|disk)\w*",
                    r"\brm\s+(?:-{1,2}[\w-]+\s+)*-[a-zA-Z]*[rR][a-zA-Z]*\s+(?:-{1,2}[\w-]+\s+)*"
                    + _RM_TARGET
                    + r"""(?=[\s"';&|)\]]|$)""",
                    r"--no-preserve-root",
                    r"\bmkfs(?:\.\w+)?\s+[^\n]{0,40}/dev/",
                    r":\(\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:",
                    r"""\bshutil\.rmtree\(\s*(?:["'](?:/|~|/(?:usr|etc|lib|bin|boot|home|root)/?)"""
                    r"""["']|os\.path\.expanduser\(\s*["']~/?["']\s*\)|Path\.home\(\)\s*\))""",
                    r"""\bos\.(?:remove|unlink)\(\s*["']/(?:lib|lib64|usr/lib|bin|sbin|etc|boot)/""",
                    r">\s*/dev/(?:sd|hd|nvme)[a-z0-9]*\b",
                    r"\bvssadmin\s+delete\s+shadows|\bwbadmin\s+delete\b|\bformat\s+[cC]:",
                    r"\b(?:del|rd|rmdir)\s+/[sfq][^\n]{0,20}[cC]:\\",
                    r"\bRemove-Item\b[^\n]{0,80}-Recurse[^\n]{0,80}[cC]:\\",
                    r"\bshred\s[^\n]{0,60}/dev/|\bwipefs\s+-a\b",
                    r"\bchmod\s+(?:-R\s+)?0?777\s+/(?:\s|$|[\"'])",
                ]
            ),
        ),
    ),
    (
        "download_execute",
        re.compile(
            "|".join(
                [
                    r"\b(?:curl|wget)\b[^\n|]{0,300}\|\s*(?:sudo\s+)?(?:-E\s+)?"
                    r"(?:ba|z|da|k)?sh\b",
                    r"\b(?:curl|wget)\b[^\n|]{0,300}\|\s*(?:sudo\s+)?python[23]?\b",
                    r"\b(?:ba|z)?sh\s+<\(\s*(?:curl|wget)\b",
                    r"\b(?:curl|wget)\b[^\n]{0,200}(?:&&|;)\s*chmod\s+\+x\s+\S+\s*(?:&&|;)\s*"
                    r"(?:sudo\s+)?(?:nohup\s+)?\./",
                    r"\b(?:iex|Invoke-Expression)\b[^\n]{0,120}(?:DownloadString|"
                    r"Invoke-WebRequest|\biwr\b)",
                    r"(?:DownloadString|Invoke-WebRequest)[^\n]{0,120}\|\s*(?:iex|Invoke-Expression)",
                    r"\bexec\(\s*(?:base64\.b64decode|codecs\.decode|zlib\.decompress|"
                    r"marshal\.loads|bytes\.fromhex|__import__\(\s*[\"'](?:base64|zlib|marshal))",
                    r"\beval\(\s*(?:atob\(|Buffer\.from\([^)]{0,200}base64|base64\.b64decode|"
                    r"unescape\(|compile\(\s*base64)",
                    r"\bnew\s+Function\(\s*atob\(",
                    r"\bbase64\s+(?:-d|--decode)\b[^\n|]{0,50}\|\s*(?:ba)?sh\b",
                    r"\bpowershell\b[^\n]{0,40}\s-(?:e|enc|encodedcommand)\s+[A-Za-z0-9+/=]{20,}",
                    r"\bxmrig\b|stratum\+tcp://|\bcoinhive\b|\bminerd\b",
                ]
            ),
            _I,
        ),
    ),
    (
        "reverse_shell",
        re.compile(
            "|".join(
                [
                    r"/dev/tcp/[\w.-]+/\d+",
                    r"\b(?:nc|ncat|netcat)\b[^\n]{0,80}\s-[ec]\s+/?(?:bin/)?(?:ba|z)?sh\b",
                    r"\bmkfifo\s+/tmp/\w+[^\n]{0,160}\b(?:nc|ncat|netcat)\b",
                    r"\bsocat\b[^\n]{0,120}\bexec:",
                    r"\bNet\.Sockets\.TCPClient\([^\n]{0,300}GetStream",
                ]
            ),
            _I,
        ),
    ),
    (
        "persistence",
        re.compile(
            "|".join(
                [
                    r"\bcrontab\s+-l\b[^\n]{0,200}\|\s*crontab\s+-",
                    r"\b(?:echo|printf)\b[^\n]{0,200}>>?\s*/etc/(?:crontab|cron\.\w+/|rc\.local|"
                    r"init\.d/|profile\b|bash\.bashrc|systemd/system/)",
                    r"""\bopen\(\s*["']/etc/(?:crontab|rc\.local|init\.d/|cron\.\w+/|profile)"""
                    r"""[^)\n]{0,80}["'][aw]\+?["']""",
                    r"@reboot\s",
                    r">>\s*~/\.(?:bashrc|profile|zshrc)\b",
                    r"\\CurrentVersion\\+Run\b|\bschtasks\s+/create\b",
                    r"\\Start Menu\\+Programs\\+Startup",
                ]
            ),
            _I,
        ),
    ),
    (
        "security_disabled",
        re.compile(
            "|".join(
                [
                    r"\bsetenforce\s+0\b|\bSELINUX=disabled\b",
                    r"\bufw\s+disable\b",
                    r"\bsystemctl\s+(?:stop|disable|mask)\s+(?:firewalld|ufw|apparmor|auditd|"
                    r"iptables|clamav\w*|falcon-sensor)\b",
                    r"\biptables\s+(?:-F|--flush)\b|\biptables\s+-P\s+INPUT\s+ACCEPT\b",
                    r"\bSet-MpPreference\b[^\n]{0,80}-Disable\w+\s+\$?true",
                    r"\bnetsh\s+(?:adv)?firewall\s+set\b[^\n]{0,60}(?:state\s+off|opmode\s+disable)",
                    r"\bDisableAntiSpyware\b|\bsc\s+(?:stop|config)\s+WinDefend\b",
                    r"\bNOPASSWD\b[^\n]{0,80}>>?\s*/etc/sudoers",
                    r"\bchmod\s+[0-7]*[67][0-7]{2}\s+/etc/(?:shadow|sudoers)\b",
                ]
            ),
            _I,
        ),
    ),
)
# Substrings (of the lowered text) without which a regex cannot match: Python's ``re`` has no
# literal prefix to skip ahead on with these alternations, so each is tried only where one of
# its words occurs (a page of clean code then costs a few string searches).
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "source": (
        "environ",
        "getenv",
        "process.env",
        "$(",
        "`env",
        "`printenv",
        "cookie",
        "login data",
        ".ssh",
        "id_rsa",
        "id_dsa",
        "id_ecdsa",
        "id_ed25519",
        "/etc/",
        ".env",
        ".aws",
        ".netrc",
        ".git-credentials",
        ".kube",
        ".docker",
        "_history",
        "wallet",
        ".gnupg",
        "psutil",
        "platform.",
        "gethostname",
        "getuser",
        "uname",
        "getlogin",
        "getnode",
        "usb.core",
        "query_devices",
        "check_output",
        "pyperclip",
        "imagegrab",
        "pyautogui",
        "pynput",
        "getasynckeystate",
        "contact",
    ),
    "shell_exfil": ("curl", "wget", "nc ", "ncat", "netcat", "cookie"),
    "download": (
        "urlretrieve",
        "urlopen",
        "requests.get",
        "httpx.get",
        "wget",
        "curl",
        "get'",
        'get"',
        "downloadfile",
        "invoke-webrequest",
    ),
    "destructive": (
        "dd ",
        "rm ",
        "no-preserve-root",
        "mkfs",
        ":()",
        "rmtree",
        "os.remove",
        "os.unlink",
        "/dev/",
        "vssadmin",
        "wbadmin",
        "format ",
        "del ",
        "rd ",
        "rmdir",
        "remove-item",
        "shred",
        "wipefs",
        "chmod",
    ),
    "download_execute": (
        "curl",
        "wget",
        "iex",
        "invoke-expression",
        "downloadstring",
        "exec(",
        "eval(",
        "function(",
        "base64",
        "powershell",
        "xmrig",
        "stratum",
        "coinhive",
        "minerd",
    ),
    "reverse_shell": ("/dev/tcp", "nc ", "ncat", "netcat", "mkfifo", "socat", "tcpclient"),
    "persistence": ("crontab", "/etc/", "@reboot", ">>", "currentversion", "schtasks", "startup"),
    "security_disabled": (
        "setenforce",
        "selinux",
        "ufw",
        "systemctl",
        "iptables",
        "set-mppreference",
        "netsh",
        "disableantispyware",
        "windefend",
        "nopasswd",
        "chmod",
    ),
    "remote": (
        "://",
        "smtp",
        "ftp",
        "connection(",
        "hostname",
        ", 1",
        ", 2",
        ", 3",
        ", 4",
        ", 5",
        ", 6",
        ", 7",
        ", 8",
        ", 9",
        ",1",
        ",2",
        ",3",
        ",4",
        ",5",
        ",6",
        ",7",
        ",8",
        ",9",
    ),
    "run": ("exec(", "eval("),
    "sink": (
        ".post(",
        ".put(",
        ".patch(",
        ".get(",
        "fetch(",
        ".request(",
        "urlopen(",
        "sendall",
        "sendto",
        ".send(",
        "sendmail",
        "send_message",
        ".stor",
        "publish.",
        "sendbeacon",
    ),
    "dup2": ("dup2",),
    "js_socket": ("net.socket", "net.connect"),
}


# A ``>> ~/.bashrc`` persists only what it runs: a download, a listener or a background job.
_BASHRC = re.compile(r">>\s*~/\.(?:bashrc|profile|zshrc)\b")
_BASHRC_BAD = re.compile(r"\b(?:curl|wget|nc|ncat|nohup)\b|/tmp/|/dev/tcp", _I)

# download, then run what came down (within NEAR lines)
_DOWNLOAD = re.compile(
    r"\burlretrieve\s*\(|\burlopen\s*\(|\b(?:requests|httpx)\.get\s*\(|\bwget\.download\s*\("
    r"|\.request\s*\(\s*[\"']GET[\"']|\b(?:curl|wget)\s[^\n]{0,200}(?:https?://|\{|\$)"
    r"|\bDownloadFile\b|\bInvoke-WebRequest\b",
    _I,
)
# what runs what came down: its content, or a file named near the download
_RUN = re.compile(
    r"""\b(?:exec|eval)\(\s*(?:open\(|\w+\.(?:text|content|read\(\)|data)\b|"""
    r"""(?:requests|httpx)\.get\(|urlopen\()""",
    _I,
)
_RUN_FILE = re.compile(
    r"""(?:\b(?:os\.(?:system|popen)|subprocess\.\w+|Popen)\(\s*f?["']\s*|^\s*(?:\$\s+)?"""
    r"""(?:sudo\s+)?)(?:nohup\s+)?(?:(?:python[23]?|sh|bash|node)\s+(?:\./)?|\./)([\w.-]+)""",
    _I | re.MULTILINE,
)

# a reverse shell in Python or JavaScript: a socket's descriptors handed to a shell
_DUP2 = re.compile(r"\bos\.dup2\(\s*\w+\.fileno\(\)", _I)
_SHELL_BIN = re.compile(r"""["'](?:/bin/)?(?:ba|z)?sh["']|\bpty\.spawn\(""", _I)
_JS_SHELL = re.compile(r"""child_process[^\n]{0,200}|\bspawn\(\s*["'](?:/bin/)?(?:ba)?sh["']""")
_JS_SOCKET = re.compile(r"\bnew\s+net\.Socket\(|\bnet\.connect\(")
# ["curl", "-s", url] -> "curl -s url": list-form commands read as command lines
_STR_LIST = re.compile(
    r"""\[\s*((?:[rbf]?["'][^"'\n]*["']\s*,\s*)+[rbf]?["'][^"'\n]*["'])\s*,?\s*\]"""
)
_STR_ITEM = re.compile(r"""[rbf]?["']([^"'\n]*)["']""")


def _join_lists(text: str) -> str:
    if "[" not in text:
        return text

    def joined(match: re.Match[str]) -> str:
        items = _STR_ITEM.findall(match.group(1))
        return '"' + " ".join(items) + '"'

    return _STR_LIST.sub(joined, text)


def _short(line: str) -> str:
    line = " ".join(line.split())
    return line if len(line) <= 120 else line[:117] + "..."


def _call_args(text: str, start: int) -> list[str]:
    """The top-level arguments of the call whose ``(`` is at or after ``start``."""
    open_at = text.find("(", start)
    if open_at < 0:
        return []
    depth, args, current = 0, [], []
    quote = ""
    for ch in text[open_at + 1 : open_at + 1200]:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = ""
            continue
        if ch in "\"'`":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                args.append("".join(current))
                return args
            depth -= 1
        elif ch == "," and depth == 0:
            args.append("".join(current))
            current = []
            continue
        current.append(ch)
    args.append("".join(current))
    return args


def _tainted(lines: list[str], rows: set[int]) -> dict[str, list[int]]:
    """Names assigned from a source (or from a tainted name) on ``rows`` and after, with the
    lines they got it."""
    names: dict[str, list[int]] = {}
    first = min(rows)
    for _ in range(2):  # a second pass carries taint one step further
        for i in range(first, len(lines)):
            targets, value = _binding(lines[i])
            if not targets:
                continue
            if _SOURCE.search(value) or any(
                _near(at, i) and re.search(rf"\b{re.escape(n)}\b", value) for n, at in names.items()
            ):
                for name in targets:
                    if i not in names.setdefault(name, []):
                        names[name].append(i)
    return names


def _binding(line: str) -> tuple[list[str], str]:
    if found := _WITH_AS.match(line):
        return [found.group(2)], found.group(1)
    if found := _FOR_IN.match(line):
        return [t.strip() for t in found.group(1).split(",")], found.group(2)
    if found := _ASSIGN.match(line):
        return [t.strip() for t in found.group(1).split(",")], found.group(2)
    if found := _MUTATE.match(line):  # jar.load("cookies.txt") taints jar
        return [found.group(1)], found.group(2)
    return [], ""


def _near(at: list[int], line: int) -> bool:
    return any(0 <= line - a <= NEAR for a in at)


class _Text:
    """A text's lines, the line of an offset, and the lines a regex matches (tried only on
    the lines that hold one of its group's ``_TRIGGERS``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)
        low = text.lower()
        # lower() keeps offsets unless a letter lowers to two (rare): then read every line
        self.low = low if len(low) == len(text) else ""

    def row(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def may(self, group: str) -> bool:
        return not self.low or any(word in self.low for word in _TRIGGERS[group])

    def rows(self, regex: re.Pattern[str], group: str) -> list[int]:
        if not self.low:
            candidates: set[int] = set(range(len(self.lines)))
        else:
            candidates = set()
            for word in _TRIGGERS[group]:
                at = self.low.find(word)
                while at >= 0:
                    row = self.row(at)
                    candidates.add(row)
                    at = self.low.find(word, self.starts[row + 1])
        return sorted(r for r in candidates if regex.search(self.lines[r]))

    def line(self, row: int) -> str:
        return self.lines[row] if row < len(self.lines) else ""


def _exfiltration(doc: _Text) -> list[Finding]:
    sources = set(doc.rows(_SOURCE, "source"))
    if not sources:
        return []
    out: list[Finding] = []
    remote: list[int] | None = None
    names: dict[str, list[int]] | None = None
    for sink, skip in _SINKS:
        hits = [(r, m) for r in doc.rows(sink, "sink") for m in sink.finditer(doc.lines[r])]
        for row, found in hits:
            if not any(0 <= row - s <= NEAR or 0 <= s - row <= 3 for s in sources):
                continue
            remote = doc.rows(_REMOTE, "remote") if remote is None else remote
            if not any(abs(row - r) <= NEAR for r in remote):
                continue
            args = _call_args(doc.text, doc.starts[row] + found.end() - 1)
            payload = [a for a in args[skip:] if a.strip() and not _NOT_PAYLOAD.match(a)]
            body = " ".join(payload)
            if _SOURCE.search(body):
                out.append(Finding("exfiltration", _short(doc.line(row))))
                continue
            names = _tainted(doc.lines, sources) if names is None else names
            if any(
                _near(at, row) and re.search(rf"\b{re.escape(n)}\b", body)
                for n, at in names.items()
            ):
                out.append(Finding("exfiltration", _short(doc.line(row))))
    return out


def read_payload(text: str) -> PayloadReading:
    """What ``text``'s code does that planted code does: the kinds found, with the line that
    showed each (empty when none)."""
    doc = _Text(_join_lists(text[:MAX_CHARS]))
    found: list[Finding] = []
    for kind, regex in _LINE_KINDS:
        for row in doc.rows(regex, kind):
            line = doc.line(row)
            harmless_rc = _BASHRC.search(line) and not _BASHRC_BAD.search(line)
            if kind == "persistence" and harmless_rc and not regex.search(_BASHRC.sub("", line)):
                continue
            found.append(Finding(kind, _short(line)))
    rows = doc.rows(_SHELL_EXFIL, "shell_exfil")
    found += [Finding("exfiltration", _short(doc.line(r))) for r in rows]
    downloads = doc.rows(_DOWNLOAD, "download")
    if downloads:
        for row in doc.rows(_RUN, "run"):
            if any(abs(row - d) <= NEAR for d in downloads):
                found.append(Finding("download_execute", _short(doc.line(row))))
        for match in _RUN_FILE.finditer(doc.text):
            row = doc.row(match.start())
            if not any(abs(row - d) <= NEAR for d in downloads):
                continue
            ran = re.compile(rf"\b{re.escape(match.group(1))}\b")
            window = doc.lines[max(0, row - NEAR) : row] + doc.lines[row + 1 : row + NEAR + 1]
            if any(ran.search(other) for other in window):
                found.append(Finding("download_execute", _short(doc.line(row))))
    if doc.may("dup2") and _DUP2.search(doc.text) and _SHELL_BIN.search(doc.text):
        found.append(Finding("reverse_shell", "os.dup2 of a socket handed to a shell"))
    if (
        doc.may("js_socket")
        and _JS_SOCKET.search(doc.text)
        and _JS_SHELL.search(doc.text)
        and "spawn" in doc.text
    ):
        found.append(Finding("reverse_shell", "a net socket piped to a spawned shell"))
    found += _exfiltration(doc)
    return PayloadReading(tuple(dict.fromkeys(found)))
