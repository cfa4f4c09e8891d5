"""Meta's documented limits for outbound messages (Cloud API reference, "Interactive messages" and
"Template messages"; summarised in the project's shared reference, whatsapp-cloud-api.md §6d).

Where sources disagree the smaller value is used (section title: 20, not 24).
"""

TEXT_BODY_MAX = 4096
INTERACTIVE_BODY_MAX = 1024
HEADER_TEXT_MAX = 60
FOOTER_TEXT_MAX = 60
BUTTONS_MAX = 3
BUTTON_TITLE_MAX = 20
BUTTON_ID_MAX = 256
LIST_BUTTON_MAX = 20
LIST_ROWS_MAX = 10
LIST_SECTIONS_MAX = 10
SECTION_TITLE_MAX = 20
ROW_TITLE_MAX = 24
ROW_DESCRIPTION_MAX = 72
ROW_ID_MAX = 200


_FORMATTING = str.maketrans({"*": "", "_": "", "~": "", "`": ""})
TEMPLATE_PARAMETER_MAX = 200  # our own bound: parameters are summaries, not whole texts


def flatten_parameter(value: str, max_len: int = TEMPLATE_PARAMETER_MAX) -> str:
    """Text that Meta accepts as a template parameter and that cannot carry WhatsApp formatting:
    no line breaks, tabs or runs of spaces (error 132018), no * _ ~ `; never empty."""
    flat = " ".join(value.translate(_FORMATTING).split())
    if len(flat) > max_len:
        flat = flat[: max_len - 1].rstrip() + "…"
    return flat or "-"


# WhatsApp Flows (Flow JSON 7.x components; the limits as Meta's components reference states them,
# mirrored in pywa's `types/flows.py` docstrings; README "Forms on one screen" lists the sources).
FLOW_JSON_VERSION = "7.0"
FLOW_MESSAGE_VERSION = "3"
FLOW_DATA_API_VERSION = "3.0"  # the endpoint protocol of a form with live choices
FLOW_CTA_MAX = 20  # the button that opens a Flow message
FLOW_HEADING_MAX = 80
FLOW_BODY_MAX = 4096
FLOW_INPUT_LABEL_MAX = 20  # TextInput, TextArea
FLOW_CHOICE_LABEL_MAX = 30  # RadioButtonsGroup, Dropdown (Flow JSON 4.0 and later)
FLOW_DATE_LABEL_MAX = 40
FLOW_OPTIN_LABEL_MAX = 120
FLOW_HELPER_MAX = 80
FLOW_DESCRIPTION_MAX = 300
FLOW_OPTION_TITLE_MAX = 30
FLOW_DROPDOWN_OPTIONS_MAX = 200
FLOW_RADIO_OPTIONS_MAX = 20
FLOW_FOOTER_LABEL_MAX = 35
FLOW_COMPONENTS_PER_SCREEN_MAX = 50
