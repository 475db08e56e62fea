"""The waiting line for sequence slots: bounded, prioritised, never leaking a slot."""

from __future__ import annotations

import asyncio

import pytest

from minigate.engine.admission import Priority, SlotPool
from minigate.errors import ModelOverloaded


def run(coro: object) -> None:
    asyncio.run(coro)  # type: ignore[arg-type]


def test_free_slots_are_taken_at_once_and_given_back() -> None:
    async def go() -> None:
        pool = SlotPool("m", slots=2, max_queue=1, queue_timeout_s=1)
        assert await pool.acquire(5) == 2  # a request never holds more than all slots
        assert pool.busy == 2
        pool.release(2)
        assert pool.busy == 0

    run(go())


def test_interactive_requests_are_served_before_background_ones() -> None:
    async def go() -> list[str]:
        pool = SlotPool("m", slots=1, max_queue=8, queue_timeout_s=5)
        await pool.acquire(1)
        order: list[str] = []

        async def wait(name: str, priority: Priority) -> None:
            await pool.acquire(1, priority)
            order.append(name)
            pool.release(1)

        tasks = [
            asyncio.create_task(wait("batch-1", Priority.BACKGROUND)),
            asyncio.create_task(wait("batch-2", Priority.BACKGROUND)),
            asyncio.create_task(wait("person", Priority.INTERACTIVE)),
        ]
        await asyncio.sleep(0)
        assert pool.waiting == 3
        pool.release(1)
        await asyncio.gather(*tasks)
        return order

    assert asyncio.run(go()) == ["person", "batch-1", "batch-2"]


def test_a_full_line_is_refused_at_once() -> None:
    async def go() -> None:
        pool = SlotPool("m", slots=1, max_queue=1, queue_timeout_s=5)
        await pool.acquire(1)
        waiter = asyncio.create_task(pool.acquire(1))
        await asyncio.sleep(0)
        with pytest.raises(ModelOverloaded, match="1 requests waiting already"):
            await pool.acquire(1)
        pool.release(1)
        await waiter

    run(go())


def test_waiting_background_work_takes_no_place_in_the_interactive_line() -> None:
    """Before: a batch line waiting for a slot took one of the ``max_queue`` places, so with
    parallel 4, max_queue 2 and four batch lines at once (three running, one waiting) only
    5 of 16 concurrent interactive requests were answered, 11 refused with 503
    model_overloaded. Now background work waits in a line of its own, unbounded by
    max_queue: people still get all ``max_queue`` places, and batch lines are never
    refused for a full line."""

    async def go() -> None:
        pool = SlotPool("m", slots=4, max_queue=2, queue_timeout_s=5, reserved=1)
        for _ in range(3):
            await pool.acquire(1, Priority.BACKGROUND)
        lines = [asyncio.create_task(pool.acquire(1, Priority.BACKGROUND)) for _ in range(5)]
        await asyncio.sleep(0)
        assert pool.waiting == 5  # waiting behind the reserved slot, none refused
        await pool.acquire(1)  # the reserved slot, at once
        people = [asyncio.create_task(pool.acquire(1)) for _ in range(2)]
        await asyncio.sleep(0)
        assert pool.waiting == 7
        with pytest.raises(ModelOverloaded, match="2 requests waiting already"):
            await pool.acquire(1)
        pool.release(2)  # the two people waiting go first
        assert [await task for task in people] == [1, 1] and not any(t.done() for t in lines)
        pool.release(4)  # all four done: three lines start, the reserved slot stays free
        assert pool.waiting == 2
        pool.release(3)
        await asyncio.gather(*lines)
        assert pool.busy == 2

    run(go())


def test_a_request_waiting_too_long_gets_503_and_leaves_the_line() -> None:
    async def go() -> None:
        pool = SlotPool("m", slots=1, max_queue=4, queue_timeout_s=0.05)
        await pool.acquire(1)
        with pytest.raises(ModelOverloaded, match=r"stayed busy for 0\.05s") as caught:
            await pool.acquire(1)
        assert caught.value.status == 503
        assert pool.waiting == 0
        pool.release(1)
        assert pool.free == 1

    run(go())


def test_a_client_that_gives_up_while_waiting_leaks_no_slot() -> None:
    async def go() -> None:
        pool = SlotPool("m", slots=2, max_queue=4, queue_timeout_s=5)
        await pool.acquire(2)
        big = asyncio.create_task(pool.acquire(2))
        small = asyncio.create_task(pool.acquire(1))
        await asyncio.sleep(0)
        big.cancel()  # the head of the line leaves: the next one may fit now
        pool.release(1)
        assert await small == 1
        pool.release(1)
        pool.release(1)
        assert pool.free == 2 and pool.waiting == 0

    run(go())


def test_background_work_never_takes_the_reserved_slot() -> None:
    async def go() -> None:
        pool = SlotPool("m", slots=3, max_queue=8, queue_timeout_s=5, reserved=1)
        assert await pool.acquire(5, Priority.BACKGROUND) == 2  # all but the reserved slot
        pool.release(2)
        await pool.acquire(1, Priority.BACKGROUND)
        await pool.acquire(1, Priority.BACKGROUND)
        third = asyncio.create_task(pool.acquire(1, Priority.BACKGROUND))
        await asyncio.sleep(0)
        assert pool.waiting == 1 and pool.free == 1  # the batch line waits beside a free slot
        # A person's request takes the reserved slot at once, ahead of the waiting batch line.
        assert await pool.acquire(1, Priority.INTERACTIVE) == 1
        assert pool.free == 0 and not third.done()
        pool.release(1)  # the person is done: the slot is reserved again
        await asyncio.sleep(0)
        assert not third.done() and pool.free == 1
        pool.release(1)  # a batch line is done: the waiting one takes its slot
        await asyncio.wait_for(third, 1)
        assert pool.free == 1

    run(go())


def test_a_one_slot_model_reserves_nothing() -> None:
    async def go() -> None:
        pool = SlotPool("m", slots=1, max_queue=1, queue_timeout_s=1, reserved=1)
        assert await pool.acquire(1, Priority.BACKGROUND) == 1

    run(go())
