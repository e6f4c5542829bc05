"""`python -m mock_sites serve`: every mock site on loopback, one line per site, until Ctrl-C."""

from __future__ import annotations

import argparse
import secrets
import signal
import sys
import threading
from pathlib import Path

from .catalogue import entries
from .common.oidc.models import RegisteredClient
from .demo_accounts import enrol_demo_accounts, record_demo_household
from .demo_lessons import lesson_lines
from .external_clients import ClientConfigError, check_unique, load_client_config, parse_client_option
from .federation.registrations import HUB, HUB_ISSUER_PATH
from .formation.classroom import FormationError
from .formation.cli import (
    add_formation_command,
    add_serve_options,
    checked_class_size,
    run_formation,
    serve_class,
)
from .ports import PortError, check_first_port
from .profiles import PROFILES, TUTORIAL_PROFILE, UnknownProfile, show, state_of
from .runner import RunningSites, SiteStartError, start_sites

# Short enough that the "ne répond pas à temps" demo accounts fail within seconds.
SERVE_BACKCHANNEL_TIMEOUT = 3.0


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line of `python -m mock_sites`."""
    parser = argparse.ArgumentParser(
        prog="python -m mock_sites", description="Parcours mock sites (loopback only)."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="start every site and serve until Ctrl-C")
    serve.add_argument("--port", type=int, default=None, help="first port (default: free ports)")
    serve.add_argument("--seed", default=None, help="seed of the generated test data")
    serve.add_argument(
        "--client-config",
        type=Path,
        default=None,
        metavar="CLIENTS.toml",
        help="register your own services with FranceConnect (see mock_sites/exemple-clients.toml)",
    )
    serve.add_argument(
        "--client",
        action="append",
        default=[],
        metavar="client_id=…,secret=…,redirect_uri=…",
        help="register one service (repeatable; also post_logout_redirect_uri=, alg=RS256, name=)",
    )
    serve.add_argument(
        "--profil",
        default=TUTORIAL_PROFILE,
        metavar="NOM",
        help=f"state of the sites by date (default: {TUTORIAL_PROFILE}; known: {', '.join(PROFILES)})",
    )
    add_serve_options(serve)
    add_formation_command(commands)
    return parser.parse_args(argv)


def registered_clients(args: argparse.Namespace) -> list[RegisteredClient]:
    """The services the command line registers (raises ClientConfigError)."""
    clients = load_client_config(args.client_config) if args.client_config else []
    clients += [parse_client_option(text) for text in args.client]
    return check_unique(clients)


def describe(running: RunningSites, clients: list[RegisteredClient]) -> list[str]:
    """The comment lines after the site lines: the hub's issuer, the clients, the demo accounts."""
    issuer = running.url(HUB, HUB_ISSUER_PATH)
    backchannel = running.sites.backchannel(issuer)
    lines = [f"# émetteur FranceConnect {issuer} (depuis un serveur : {backchannel})"]
    for client in clients:
        uris = " ".join(client.redirect_uris)
        lines.append(f"# client {client.client_id} « {client.name} » {client.signing_alg} → {uris}")
    accounts = enrol_demo_accounts(running)
    lines += [account.line() for account in accounts]
    lines += lesson_lines(accounts)
    lines += record_demo_household(running)
    return lines


def open_sandbox(running: RunningSites, class_size: int, folder: Path) -> bool:
    """Open the class of `serve --formation` and print its lines; False (and why) if it cannot."""
    try:
        lines = serve_class(running, class_size, folder)
    except FormationError as error:
        print(f"mock_sites : {error}.", file=sys.stderr)
        return False
    for line in lines:
        print(line, flush=True)
    return True


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command == "formation":
        return run_formation(args)
    seed = args.seed or secrets.token_hex(4)
    try:
        state = state_of(args.profil)
        clients = registered_clients(args)
        class_size = checked_class_size(args)
        if args.port is not None:
            check_first_port(args.port, len(entries()))
        running = start_sites(
            seed,
            first_port=args.port,
            extra_clients=clients,
            backchannel_timeout=SERVE_BACKCHANNEL_TIMEOUT,
            production=True,
            processes=True,
        )
    except (SiteStartError, ClientConfigError, FormationError, PortError, UnknownProfile) as error:
        print(f"mock_sites : {str(error).rstrip('.')}.", file=sys.stderr)
        return 2
    show(running.data_dir, state)
    print(f"# seed {seed} — sites fictifs, sur la boucle locale uniquement", flush=True)
    print(f"# profil {args.profil} : {state.title}", flush=True)
    for name in running.servers:
        print(f"{name} {running.url(name)}", flush=True)
    for line in describe(running, clients):
        print(line, flush=True)
    if class_size is not None and not open_sandbox(running, class_size, args.sortie):
        running.stop()
        return 2
    _serve_until_stopped(running)
    return 0


def _serve_until_stopped(running: RunningSites) -> None:
    """Serve until Ctrl-C, or SIGTERM (a process manager, the load test), then stop every site's
    process, the SMTP server and the run's files."""
    signal.signal(signal.SIGTERM, _interrupted)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()


def _interrupted(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    raise SystemExit(main())
