"""The Redis channel layer, with redis-py's driver metadata given once instead of per connection.

redis-py 8 sends CLIENT SETINFO on every new connection and, unless told, looks up its
own version for it with importlib.metadata — a scan of site-packages, on the event loop,
for every connection. channels_redis opens a pool connection per concurrent call, so a
burst of socket connects (a worker restart: every open page reconnects at once) opens
hundreds of connections; at ≈ 25 ms of blocked loop each (measured: docs/performance.md,
"Sockets") the worker stalled for seconds, Redis connects timed out ("Timeout connecting
to server") and handshakes failed. With the metadata given, a new connection costs a
TCP connect and one round trip.
"""

import redis
from channels_redis.core import RedisChannelLayer
from channels_redis.utils import create_pool
from redis.driver_info import DriverInfo

DRIVER = DriverInfo(name="redis-py", lib_version=redis.__version__)


class SocketRedisChannelLayer(RedisChannelLayer):
    def create_pool(self, index):
        return create_pool({"driver_info": DRIVER, **self.hosts[index]})
