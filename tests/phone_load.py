"""Simulated phones for the load test and the benchmark: each phone is an aiohttp client with
its own cookie jar, which opens the ballot page and votes (and sometimes changes its vote)."""

from __future__ import annotations

import asyncio
import random
import time

import aiohttp

from simulator.workshop.phones import Ballot, Option
from simulator.workshop.vote_server import VoteServer


async def _phone(session: aiohttp.ClientSession, url: str, key: str, choices: list[str],
                 rng: random.Random, latencies: list[float]) -> str:
    async with session.get(url) as r:
        assert r.status == 200
        await r.read()
    final = ""
    for _ in range(1 + (rng.random() < 0.3)):  # about a third change their minds once
        final = rng.choice(choices)
        start = time.perf_counter()
        async with session.post(url, data={"key": key, "choice": final}) as r:
            assert r.status == 200, r.status
            await r.read()
        latencies.append(time.perf_counter() - start)
    return final


async def _room(url: str, ballot: Ballot, phones: int, decisions: int, seed: int,
                latencies: list[float]) -> list[tuple[dict[str, int], dict[str, int]]]:
    rng = random.Random(seed)
    jars = [aiohttp.CookieJar(unsafe=True) for _ in range(phones)]
    sessions = [aiohttp.ClientSession(cookie_jar=jar) for jar in jars]
    results = []
    try:
        for d in range(decisions):
            options = [Option(i, f"n{d}:{i}", f"Alternativ {i}") for i in (1, 2, 3, 4)]
            key = f"{d}:n{d}"
            ballot.open(key, f"Beslut {d + 1}", options)
            finals = await asyncio.gather(*(
                _phone(s, url, key, [o.choice_id for o in options], rng, latencies)
                for s in sessions))
            expected = {o.choice_id: finals.count(o.choice_id) for o in options}
            results.append((expected, ballot.counts()))
            ballot.close()
            ballot.finish()
    finally:
        for s in sessions:
            await s.close()
    return results


def run_room(phones: int = 200, decisions: int = 10, seed: int = 7
             ) -> tuple[list[tuple[dict[str, int], dict[str, int]]], list[float]]:
    """Run the room against a real server on 127.0.0.1: (expected vs counted per decision,
    each vote's round trip in seconds)."""
    ballot = Ballot()
    server = VoteServer(ballot, "127.0.0.1")
    server.start()
    latencies: list[float] = []
    try:
        results = asyncio.run(_room(server.ballot_url, ballot, phones, decisions, seed,
                                    latencies))
    finally:
        server.stop()
    return results, latencies
