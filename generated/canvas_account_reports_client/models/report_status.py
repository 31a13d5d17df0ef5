from enum import StrEnum


class ReportStatus(StrEnum):
    ABORTED = "aborted"
    COMPILING = "compiling"
    COMPLETE = "complete"
    CREATED = "created"
    DELETED = "deleted"
    ERROR = "error"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
