"""The Redis cache keeps one client per connection pool (config.cache), and still caches."""

import os
import uuid

import pytest

from config.cache import ReusedClientRedisCache


@pytest.mark.redis
def test_one_client_per_pool_and_the_calls_still_work():
    cache = ReusedClientRedisCache(os.environ["REDIS_URL"], {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    assert cache._cache.get_client(write=True) is cache._cache.get_client(write=True)
    assert cache.add("debounce", 1, timeout=5) is True
    assert cache.add("debounce", 1, timeout=5) is False
    assert cache.get("debounce") == 1
    cache.delete("debounce")
    assert cache.get("debounce") is None
