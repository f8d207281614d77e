"""config.heap: a worker's start-up objects leave the collector's generations (gc.freeze), so a full
collection during a request walks only what requests allocated; the ASGI entry point does it."""

import gc

import pytest

from config.heap import freeze_startup_heap


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()  # later tests see the collector as they would without this one


def test_the_startup_heap_is_frozen_and_a_full_collection_skips_it(unfrozen):
    gc.collect()
    tracked_before = len(gc.get_objects())
    frozen = freeze_startup_heap()
    assert frozen >= tracked_before * 0.9
    # what a full collection still walks: the collector's own generations, nearly empty now
    assert len(gc.get_objects()) < tracked_before * 0.1


def test_the_templates_and_views_are_loaded_before_freezing(unfrozen):
    from django.template import engines
    from django.urls import get_resolver

    freeze_startup_heap()
    assert get_resolver()._populated
    loaders = engines["django"].engine.template_loaders
    cached = [loader for loader in loaders if hasattr(loader, "get_template_cache")]
    assert cached and any("engine/work_item_list.html" in key for key in cached[0].get_template_cache)


def test_the_asgi_entry_point_freezes_the_heap():
    # In a process of its own: reloading config.asgi here would replace the application the
    # browser tests' server imports later, built under this test's settings.
    import subprocess
    import sys

    code = "import gc, config.asgi; print(gc.get_freeze_count())"
    frozen = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert int(frozen.stdout.strip().splitlines()[-1]) > 100_000
