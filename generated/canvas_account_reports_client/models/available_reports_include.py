from enum import StrEnum


class AvailableReportsInclude(StrEnum):
    DESCRIPTION_HTML = "description_html"
    PARAMETERS_HTML = "parameters_html"

    def __str__(self) -> str:
        return str(self.value)
