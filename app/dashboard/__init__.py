"""The figures of the dashboard (统计看板), one function per chart, each from grouped queries and each checking the
permission its area needs: the collection rate per month and the arrears by age (``fees``), repair orders per
week and per category (``repairs``), the open fire-safety notices by how late they are (``safety``), the front
desk's day-by-day activity (``frontdesk``) and the business centre's takings per day and payment method
(``business``)."""
