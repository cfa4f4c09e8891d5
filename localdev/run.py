"""`make run`: the whole of PUSPA on this machine, then a terminal chat with it.

Starts Google's Firestore emulator, publishes the content files, starts the Graph API stand-in
and the webhook under functions-framework (as Cloud Functions runs it), and opens the chat.
Everything is stopped when the chat ends.
"""

from __future__ import annotations

import argparse
import os

from content_seed.__main__ import main as publish
from localdev.chat import Resident, run_chat
from localdev.emulator import free_port, start_emulator
from localdev.function_process import FunctionProcess
from localdev.graph_standin import RunningStandin

LOCAL = {
    "WHATSAPP_TOKEN": "local-token",
    "WHATSAPP_APP_SECRET": "local-app-secret",
    "WHATSAPP_VERIFY_TOKEN": "local-verify-token",
    "WHATSAPP_PHONE_NUMBER_ID": "100000000000001",
    "GOOGLE_CLOUD_PROJECT": "demo-puspa-local",
}


def main() -> None:
    parser = argparse.ArgumentParser(description="Run PUSPA locally and chat with it")
    parser.add_argument("--port", type=int, default=8080, help="webhook port (default 8080)")
    args = parser.parse_args()

    print("Memulai emulator Firestore…")
    emulator = start_emulator()
    standin = RunningStandin(token=LOCAL["WHATSAPP_TOKEN"])
    env = {**LOCAL, "FIRESTORE_EMULATOR_HOST": emulator.host, "WHATSAPP_API_URL": standin.api_url()}
    os.environ.update(env)
    function = None
    try:
        if publish(["--phone-number-id", LOCAL["WHATSAPP_PHONE_NUMBER_ID"]]) != 0:
            raise SystemExit("Konten tidak valid: perbaiki dulu, lalu jalankan lagi.")
        port = args.port or free_port()
        function = FunctionProcess(env, port)
        function.wait_ready()
        print(f"\nWebhook  : {function.url}  (functions-framework, target whatsapp_webhook)")
        print(f"Graph API: {standin.api_url()}  (stand-in)")
        print(f"Firestore: {emulator.host}  (emulator)")
        print(f"Log      : {function.log_path}\n")
        resident = Resident(function.url, standin.base_url, LOCAL["WHATSAPP_APP_SECRET"],
                            LOCAL["WHATSAPP_PHONE_NUMBER_ID"], "6281200000001", "Warga Uji")  # fmt: skip
        run_chat(resident)
    finally:
        if function is not None:
            function.stop()
        standin.stop()
        emulator.stop()
        print("Semua layanan lokal dihentikan.")


if __name__ == "__main__":
    main()
