"""The Redis channel layer, with redis-py's driver metadata given once instead of per connection.

redis-py 8 sends CLIENT SETINFO on every new connection and, unless told, looks up its
own version for it with importlib.metadata — a scan of site-packages, on the event loop,
for every connection. channels_redis opens a pool connection per concurrent call, so a
burst of socket connects (a worker restart: every open page reconnects at once) opens
hundreds of connections; at ≈ 25 ms of blocked loop each (measured: docs/performance.md,
"Sockets") the worker stalled for seconds, Redis connects timed out ("Timeout connecting
to server") and handshakes failed. With the metadata given, a new connection costs a
TCP connect and one round trip.

`receive` also outlives a Redis outage: a socket's receive loop waits (with back-off) for
Redis to come back instead of raising out of the consumer as a server error.
"""

import asyncio
import logging

import redis
from channels_redis.core import RedisChannelLayer
from channels_redis.utils import create_pool
from redis.driver_info import DriverInfo

DRIVER = DriverInfo(name="redis-py", lib_version=redis.__version__)
RETRY_MAX_SECONDS = 10.0
logger = logging.getLogger(__name__)


class SocketRedisChannelLayer(RedisChannelLayer):
    def create_pool(self, index):
        return create_pool({"driver_info": DRIVER, **self.hosts[index]})

    async def receive(self, channel):
        delay = 0.5
        while True:
            try:
                return await super().receive(channel)
            except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError) as error:
                logger.warning(
                    "channel layer: Redis unavailable, receive retries in %.1f s (%s)", delay, error
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, RETRY_MAX_SECONDS)
