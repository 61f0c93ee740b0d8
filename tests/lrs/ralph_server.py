"""Serve Ralph's LRS for the tests; run with the interpreter of Ralph's own virtualenv.

This is what ``ralph runserver -b fs --host HOST --port PORT`` does, with two differences:
Ralph 5.1's file-system LRS backend writes with the operation "create", which refuses every
POST after the first once its file exists ("already exists and overwrite is not allowed"), so
here it appends; and uvicorn runs without the reloader that ``runserver`` turns on (it watches
the working folder and would restart the server whenever a file in the repository changes).
The backend and the credentials come from the environment as for ``runserver``.
"""

import sys

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

import uvicorn  # noqa: E402
from ralph.conf import settings  # noqa: E402

uvicorn.run("ralph.api:app", host=sys.argv[1], port=int(sys.argv[2]),
            log_config=settings.LOGGING, log_level="info")
