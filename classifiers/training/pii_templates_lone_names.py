"""Candidate F's rows (docs/classifiers.md, "Lone first names"): a first name alone, as
the object of a verb or a preposition in a short English request, and the same verbs
before words that are not names.

Why: the shipped PII layer of MiniLM finds a lone first name after most verbs, but not
after a verb it reads as a noun ("page", "buzz", "radio"); those texts were read by the
branch's layer only while the language detector failed to call them English (candidate
L6). Written for this round without reading any blind set's sentences beyond the one
development template that showed the miss (`pii_blind.FIRST`, "page <name>"), which is not
copied here. Train split only; English rows, but outside the English anchor (a term that
keeps English where the shipped layer is would hold these rows back too). Candidates F2 and
F3 added the lists below it; candidate F4 shipped with all of them (one epoch on from the
shipped layer, ``train_pii --from-shipped``, ``PRISM_TRAIN_LONE_NAMES=3``).
"""

from __future__ import annotations

# a verb (or a preposition) and then a first name alone
LONE_NAME_TEMPLATES = [
    "Page {{first_name}} if the build is still red after lunch.",
    "If the pager goes off at night, page {{first_name_female}} first.",
    "Can you page {{first_name_male}} about the outage on floor three?",
    "pls page {{first_name}} the deploy is stuck",
    "Buzz {{first_name}} when the delivery arrives.",
    "Radio {{first_name_male}} and tell him the gate is open.",
    "Ping {{first_name_female}} about tomorrow's standup.",
    "just ping {{first_name}} on slack, she knows the password reset flow",
    "Text {{first_name}} that I'm running ten minutes late.",
    "Message {{first_name_male}} and ask whether the invoice went out.",
    "DM {{first_name}} the link to the dashboard.",
    "Email {{first_name_female}} the slides before the review.",
    "Loop in {{first_name}} on the vendor thread.",
    "cc {{first_name_male}} on anything about the merger",
    "Escalate this to {{first_name}} if support can't fix it today.",
    "Hand the keys to {{first_name_female}} at reception.",
    "Remind {{first_name}} to water the plants while I'm away.",
    "Tell {{first_name_male}} the meeting moved to Thursday.",
    "Ask {{first_name_female}} if she can cover my shift on Saturday.",
    "Could you call {{first_name}} and reschedule the dentist?",
    "Wake {{first_name_male}} up at six, he has a flight.",
    "Send {{first_name}} a thank-you card from the whole team.",
    "Invite {{first_name_female}} to the retro, she ran the migration.",
    "Let {{first_name}} know the car is ready for pickup.",
    "Notify {{first_name_male}} when the contract is signed.",
    "Check with {{first_name}} before you merge that branch.",
    "Swap my Friday on-call with {{first_name_female}}.",
    "Forward the receipt to {{first_name}}, she handles expenses.",
    "I'm off tomorrow; for anything urgent, reach {{first_name_male}}.",
    "Out of office until Monday - questions go to {{first_name}}.",
    "while i'm on leave, {{first_name_female}} covers the release",
    "If the alarm trips, wake {{first_name}} or phone the front desk.",
    "Thank {{first_name_male}} for fixing the printer.",
    "Pick up {{first_name}} from practice at five.",
    "Sit {{first_name_female}} next to the window at the dinner.",
    "Get {{first_name}} to sign off on the budget.",
    "Book a room for {{first_name_male}} and me on Tuesday.",
    "Draft a short apology to {{first_name}} for missing the call.",
    "Who's on call tonight, {{first_name}} or {{first_name_female}}?",
    "Can {{first_name_male}} take the night shift instead?",
    "{{first_name}} is on call this weekend; page her if prod goes down.",
    "Give {{first_name_female}} admin rights on the staging box.",
]

# candidate F2: more verbs that are nouns too, a name alone between a clause and an
# alternative ("..., ring <name> or ..."); written after F's gate, from its verdict only
# (docs/classifiers.md, "candidate F2"), not from the development template's wording
LONE_NAME_TEMPLATES_F2 = [
    "Before you go home, ring {{first_name}} or leave a note on her desk.",
    "When the truck shows up, buzz {{first_name_male}} or open the side gate yourself.",
    "If the shipment is late again, phone {{first_name}} or write to the carrier.",
    "In case the lights go out, radio {{first_name_female}} or use the landline.",
    "Once the report is done, page {{first_name_male}} and upload it to the share.",
    "Should the backup fail tonight, page {{first_name}} rather than the vendor.",
    "For the keys, text {{first_name_female}} or try the neighbour.",
    "If nobody picks up, message {{first_name}} or send a fax.",
    "When you land, call {{first_name_male}} or grab a taxi.",
    "If the demo crashes, signal {{first_name}} and keep talking.",
    "After the vote, page {{first_name_female}}, then lock the hall.",
    "Whoever finishes first should ring {{first_name}} with the results.",
    "If the patient wakes up, page {{first_name_male}} on the ward phone.",
    "for payroll questions email {{first_name}} or check the wiki",
    "if the site is down again just page {{first_name_female}} lol",
    "Got a minute? Page {{first_name}}, I think the freezer alarm is on.",
    "When the caterer arrives, buzz {{first_name_female}} at the back door.",
    "If the printer jams, poke {{first_name_male}} or reboot it.",
    "Need a signature? Grab {{first_name}} after the all-hands.",
    "Any trouble with the rental, phone {{first_name_female}} - she speaks Spanish.",
]

# the same verbs before words that are not names: no personal data
LONE_NAME_NEGATIVES = [
    "Page the on-call engineer if the build is still red after lunch.",
    "If the pager goes off at night, page the secondary first.",
    "Buzz the front door when the delivery arrives.",
    "Radio the control tower and ask for a new slot.",
    "Ping the server and tell me the latency.",
    "Text support that the router keeps rebooting.",
    "Message the team channel about the outage.",
    "Loop in legal on the vendor thread.",
    "Escalate this to the vendor if support can't fix it today.",
    "Notify the customer when the refund is processed.",
    "Tell the landlord the heating is broken again.",
    "Call the API twice and compare the responses.",
    "Page through the results ten at a time.",
    "Turn to page twelve and read the summary aloud.",
    "For anything urgent, reach the help desk.",
    "Out of office until Monday - questions go to the shared inbox.",
]
LONE_NAME_NEGATIVES_F2 = [
    "Before you go home, ring the bell or leave a note on the desk.",
    "If the shipment is late again, phone the depot or write to the carrier.",
    "Should the backup fail tonight, page the duty manager rather than the vendor.",
    "If nobody picks up, message the hotline or send a fax.",
    "After the vote, page security, then lock the hall.",
    "if the site is down again just page oncall lol",
    "Page down twice and you'll see the table.",
    "Signal the driver and keep talking.",
]

# candidate F3: F2 taught MiniLM that a capitalised word before a first name at the start of
# a text is part of the name, and it read German imperatives that way ("[Ruf Anna] ...",
# a text the detector cannot place, so MiniLM reads it). Imperatives in the branch's
# languages, first in the text, before a first name alone; written from F2's verdict, not
# from the development group's wording. Filled from each language's faker locale.
LONE_NAME_IMPERATIVES_F3 = {
    "de": [
        "Frag {{first_name}}, ob die Lieferung schon da ist.",
        "Schreib {{first_name}} bitte, dass ich später komme.",
        "Sag {{first_name}} Bescheid, wenn der Techniker fertig ist.",
        "Gib {{first_name}} den Schlüssel für den Keller.",
        "Erinnere {{first_name}} an den Termin am Freitag.",
        "Hol {{first_name}} um fünf vom Bahnhof ab.",
        "Bitte {{first_name}} um die Unterlagen für die Steuer.",
        "Lade {{first_name}} zur Besprechung am Montag ein.",
    ],
    "nl": [
        "Vraag {{first_name}} of de bestelling al binnen is.",
        "Bel {{first_name}} even over de planning.",
        "Stuur {{first_name}} de notulen van gisteren.",
        "Laat {{first_name}} weten dat de auto klaar is.",
    ],
    "fr": [
        "Appelle {{first_name}} si le train a du retard.",
        "Demande à {{first_name}} de relire le contrat.",
        "Préviens {{first_name}} que la réunion est annulée.",
        "Écris à {{first_name}} pour le devis.",
    ],
    "es": [
        "Llama a {{first_name}} si el vuelo se retrasa.",
        "Pregunta a {{first_name}} si ya envió la factura.",
        "Avisa a {{first_name}} de que el coche está listo.",
        "Escribe a {{first_name}} sobre la reserva.",
    ],
    "it": [
        "Chiama {{first_name}} se il treno è in ritardo.",
        "Chiedi a {{first_name}} se ha firmato il contratto.",
        "Avvisa {{first_name}} che la riunione è spostata.",
        "Scrivi a {{first_name}} per il preventivo.",
    ],
    "pt": [
        "Liga para {{first_name}} se o voo atrasar.",
        "Pergunta à {{first_name}} se já mandou a fatura.",
        "Avisa o {{first_name}} que o carro está pronto.",
        "Manda a {{first_name}} o relatório de ontem.",
    ],
}
