"""Firestore adapters: the only package that imports google.cloud.firestore.

    base            FirestoreStore: the client choke point, sessions, published content
    registrations   FirestoreRegistrationStore
    tickets         FirestoreTicketStore
    ledger          FirestoreNotificationLedger (once-per-channel staff notifications)
    surveys         FirestoreSurveyStore (anonymous satisfaction-survey answers)
    documents       FirestoreReadinessStore (documents ready for collection, "Kabari saya")
    reports         FirestoreMonthSource (what the monthly report reads; the months' aggregates)
    unanswered      FirestoreUnansweredStore (questions without a card: from the sessions, kept per day)

Every call goes through `FirestoreStore.call`, which counts operations (for the benchmarks) and
turns SDK exceptions into `StoreError` subclasses.
"""

from puspa.store.base import FirestoreStore, OperationCount, Tally
from puspa.store.ledger import ChannelBusyError, FirestoreNotificationLedger
from puspa.store.readiness import FirestoreReadinessStore
from puspa.store.registrations import FirestoreRegistrationStore
from puspa.store.reports import FirestoreMonthSource
from puspa.store.surveys import FirestoreSurveyStore
from puspa.store.tickets import FirestoreTicketStore
from puspa.store.unanswered import FirestoreUnansweredStore

__all__ = [
    "ChannelBusyError",
    "FirestoreMonthSource",
    "FirestoreNotificationLedger",
    "FirestoreReadinessStore",
    "FirestoreRegistrationStore",
    "FirestoreStore",
    "FirestoreSurveyStore",
    "FirestoreTicketStore",
    "FirestoreUnansweredStore",
    "OperationCount",
    "Tally",
]
