"""Bad input gets a clear 4xx in Canvas's error shape, never a 500: malformed and mis-encoded bodies,
oversized bodies, spec violations and odd paths (the mock is stricter than Canvas here)."""

from __future__ import annotations

import random
import socket
from typing import Any

import pytest

START = "/api/v1/accounts/1/reports/provisioning_csv"


def _assert_canvas_400(response: Any, *words: str) -> None:
    assert response.status_code == 400, response.text
    message = response.json()["errors"][0]["message"]
    for word in words:
        assert word.lower() in message.lower(), message


@pytest.mark.parametrize(
    ("body", "content_type", "words"),
    [
        (b'{"parameters": {', "application/json", ["malformed"]),
        (b'{"parameters": NaN}', "application/json", ["malformed"]),
        (b"\xff\xfe{}", "application/json", ["utf-8"]),
        ('{"parameters": {}}'.encode("utf-16"), "application/json; charset=utf-16", ["utf-8"]),
        (b'{"parameters": "users"}', "application/json", ["invalid request body"]),
        (b'{"parameters": {}, "other": 1}', "application/json", ["invalid request body"]),
        (b"[1, 2]", "application/json", ["invalid request body"]),
        (b"parameters[users]=%ff", "application/x-www-form-urlencoded", ["utf-8"]),
        (b"parameters[users]=caf\xc3\xa9", "application/x-www-form-urlencoded", ["ascii"]),
        (b"users=true", "application/x-www-form-urlencoded", ["invalid request body"]),
        (b"parameters[a][b]=c", "application/x-www-form-urlencoded", ["invalid request body"]),
        (b"--x\r\nno headers\r\n--x--\r\n", "multipart/form-data; boundary=x", ["multipart"]),
        (b"whatever", "multipart/form-data", ["boundary"]),
        (b"<parameters/>", "application/xml", ["content-type"]),
        (b"parameters[users]=true", None, ["content-type"]),
    ],
)
def test_bad_bodies_are_400(canvas: Any, body: bytes, content_type: str | None, words: list[str]) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = canvas.request("POST", START, content=body, headers=headers)
    _assert_canvas_400(response, *words)
    assert canvas.get(START).json() == []


def test_file_uploads_are_refused(canvas: Any) -> None:
    response = canvas.start(files={"parameters[users]": ("users.csv", b"1,2", "text/csv")})
    _assert_canvas_400(response, "file upload")


def test_oversized_bodies_are_refused_before_parsing(canvas: Any) -> None:
    huge = b"parameters[users]=" + b"x" * (1_048_576 + 10)
    response = canvas.request(
        "POST", START, content=huge, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    _assert_canvas_400(response, "larger than")


def test_oversized_chunked_bodies_are_refused(canvas: Any) -> None:
    def chunks() -> Any:
        for _ in range(40):
            yield b"x" * 32768

    response = canvas.request("POST", START, content=chunks(), headers={"Content-Type": "application/json"})
    _assert_canvas_400(response, "larger than")


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/accounts/1/reports/provisioning_csv/abc", 400),
        ("/api/v1/accounts/1/reports/provisioning_csv/0", 400),
        ("/api/v1/accounts/1/reports/provisioning_csv/-1", 400),
        ("/api/v1/accounts/1/reports/provisioning_csv/1e3", 400),
        ("/api/v1/accounts/1/reports/Provisioning/1", 400),
        ("/api/v1/accounts/1/reports/provisioning_csv/9223372036854775807", 404),  # largest id, no report
        (
            "/api/v1/accounts/1/reports/provisioning_csv/99999999999999999999999",
            400,
        ),  # above the int64 maximum
        ("/api/v1/accounts/1/reports/provisioning_csv.json", 200),
        ("/api/v1/accounts/1/reports/provisioning_csv/", 200),
        ("/api/v1/accounts/1/reports/provisioning_csv.xml", 400),
        ("/api/v1/accounts/1/reports/a%2Fb", 400),
        ("/api/v1/accounts/a%2Fb/reports", 404),
        ("/api/v1/accounts/%ff/reports", 404),
        ("/api/v1/accounts/%E2%98%83/reports", 404),
        ("/api/v1/accounts/1/reports/%00", 400),
        ("/api/v1/accounts//reports", 404),
        ("/api/v1/accounts/1/reports/x/y/z/w", 404),
        ("/api/v1/accounts/" + "9" * 5000 + "/reports", 404),
        ("/api/v1/accounts/1~" + "9" * 5000 + "/reports", 404),
        ("/api/v1/accounts/1/reports/provisioning_csv/" + "9" * 5000, 400),
        ("/api/v2/accounts/1/reports", 404),
        ("/", 404),
    ],
)
def test_odd_paths_get_a_clear_4xx(canvas: Any, path: str, status: int) -> None:
    response = canvas.get(path)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    if status != 200:
        assert response.json()["errors"][0]["message"]


def test_malformed_query_strings_are_400(canvas: Any) -> None:
    _assert_canvas_400(canvas.get(START + "?per_page=%ff"), "utf-8")


def test_head_is_routed_like_get_without_a_body(canvas: Any) -> None:
    response = canvas.request("HEAD", "/api/v1/accounts/1/reports")
    assert response.status_code == 200
    assert response.content == b""
    assert int(response.headers["content-length"]) > 0


def test_unrouted_methods_are_404_like_rails(canvas: Any, examples: Any) -> None:
    for method in ("PATCH", "OPTIONS", "PUT", "DELETE"):
        response = canvas.request(method, "/api/v1/accounts/1/reports")
        assert response.status_code == 404
        assert response.json() == examples("NotFound")


def test_raw_garbage_on_the_socket_never_gets_a_500(mock_server: Any) -> None:
    host, port = mock_server.url.removeprefix("http://").split(":")
    admin = b"Authorization: Bearer mock-admin-token\r\n"
    requests = [
        b"GET /api/v1/accounts/\xff\xfe/reports HTTP/1.1\r\nHost: x\r\n" + admin + b"\r\n",
        b"GET /api/v1/accounts/1/reports?\xff=1 HTTP/1.1\r\nHost: x\r\n" + admin + b"\r\n",
        b"GET /api/v1/accounts/1/reports HTTP/1.1\r\nHost: \xff\xfe\r\nAuthorization: Bearer \xff\r\n\r\n",
        b"POST /api/v1/accounts/1/reports/provisioning_csv HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        b"mock-admin-token\r\nContent-Type: application/json\r\nContent-Length: nope\r\n\r\n{}",
    ]
    for raw in requests:
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(raw)
            status_line = sock.recv(4096).split(b"\r\n", 1)[0]
        assert status_line.startswith(b"HTTP/1.1 4"), (raw, status_line)


def test_random_paths_and_queries_never_get_a_500(canvas: Any) -> None:
    rng = random.Random(4821)
    alphabet = "abc019_-.~:%/?&=[]+ é☃"
    for _ in range(200):
        segments = ["api", "v1", "accounts", rng.choice(["1", "self", "x"]), "reports"]
        segments += [
            "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(0, 3))
        ]
        method = rng.choice(["GET", "POST", "PUT", "DELETE", "HEAD"])
        response = canvas.request(method, "/" + "/".join(segments))
        assert response.status_code < 500, (method, segments, response.text)
