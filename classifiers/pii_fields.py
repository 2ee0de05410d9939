"""The field names of personal records, in English and the branch's languages: which
fields hold a person's name or role, which hold a street, a house number or a flat, and
which columns hold places (``pii_records``, ``pii_address_fields``; candidates U4, U9, U11,
U15-U18 in docs/classifiers.md). Names are compared as :func:`field_name` writes them:
lower-case, spaces, dots and hyphens as "_"."""

from __future__ import annotations

import re


def field_name(name: str) -> str:
    return re.sub(r"[\s.-]+", "_", name.strip().strip("\"'`").lower())


# a person's role in de/fr/es/it/nl/pt records: a field's name alone ("Kontoinhaber:",
# "Beneficiario:"), and in the Romance languages the first word of a longer one ("Técnico
# asignado:", "Tutor/a legal:", "Titolare del conto:"; candidate U16)
ROMANCE_ROLES = frozenset(
    "titular beneficiario beneficiaria alumno alumna tutor tutora técnico tecnico técnica "
    "comercial responsable contacto conductor conductora repartidor propietario propietaria "
    "arrendador arrendadora arrendatario arrendataria solicitante asegurado asegurada tomador "
    "firmante testigo médico médica entrenador entrenadora ordenante empleado empleada "
    "vendedor vendedora huésped huesped invitado invitada socio socia "
    "titulaire bénéficiaire beneficiaire élève eleve enseignant enseignante interlocuteur "
    "interlocutrice technicien technicienne conseiller conseillère chauffeur livreur "
    "propriétaire proprietaire bailleur bailleresse représentant tuteur tutrice demandeur "
    "demandeuse souscripteur assuré assurée signataire témoin médecin entraîneur entraineur "
    "invité invitée patiente "
    "intestatario intestataria titolare alunno alunna studente studentessa docente "
    "insegnante tutore referente responsabile tecnico commerciale autista corriere "
    "proprietaria locatore locatrice conduttore richiedente assicurato assicurata contraente "
    "firmatario testimone allenatore allenatrice dipendente ospite genitore "
    "beneficiário aluno aluna professor professora responsável contato motorista "
    "proprietário senhorio senhoria requerente segurado segurada signatário testemunha "
    "treinador treinadora funcionário funcionária utente hóspede hospede tesoureiro "
    "tesoureira sócio encarregado encarregada destinatário".split()
)
PERSON_ROLES = ROMANCE_ROLES | frozenset(
    "kontoinhaber kontoinhaberin inhaber inhaberin zahlungsempfänger vermieter vermieterin "
    "patientin schüler schülerin lehrer lehrerin ansprechpartner ansprechpartnerin "
    "sachbearbeiter sachbearbeiterin bearbeiter bearbeiterin teilnehmer teilnehmerin "
    "mitarbeiter mitarbeiterin fahrer fahrerin techniker technikerin betreuer betreuerin "
    "trainer trainerin antragsteller antragstellerin versicherungsnehmer versicherter "
    "unterzeichner zeuge arzt ärztin besteller bestellerin erziehungsberechtigter "
    "erziehungsberechtigte elternteil "
    "rekeninghouder begunstigde leerling leraar lerares docent contactpersoon monteur "
    "eigenaar verhuurder aanvrager verzekerde ondertekenaar getuige arts medewerker "
    "patiënt verzorger bewoner".split()
)
# a name's field words, and the words for a child, in the branch's languages: "Nombre del
# alumno" is a person's field where "Nombre del producto" is not
NAME_FIELDS = frozenset(
    "name nachname vorname nom prénom prenom nombre apellido apellidos nome cognome naam "
    "voornaam achternaam apelido sobrenome".split()
)
CHILD = frozenset(
    "kind kindes enfant l'enfant niño niña hijo hija menor bambino bambina figlio figlia "
    "filho filha criança".split()
)
# field names that hold a person's name (compared lower-case, spaces and hyphens as "_")
PERSON_FIELDS = (
    frozenset(
        "name full_name fullname first_name firstname first given_name last_name lastname last "
        "surname family_name middle_name display_name customer customer_name client client_name "
        "recipient recipient_name contact contact_name patient patient_name tenant tenant_name "
        "employee employee_name owner owner_name assignee reporter requester author sender "
        "cardholder card_holder account_holder guest guest_name passenger passenger_name "
        "attendee driver driver_name member member_name student student_name parent "
        "parent_name guardian emergency_contact manager agent_name technician doctor physician "
        "beneficiary applicant candidate candidate_name signer witness "
        # printed records (candidate U9): loans, freight, pharmacy labels, receipts, directories
        "borrower co_borrower shipper consignee prescriber holder shopper courier cashier "
        "insured policyholder subscriber payee claimant renter lessee resident occupant visitor "
        "traveler traveller rider signed_by pt sn cn fn givenname given_name server "
        "emp cust attn ordering order_for tech tech_assigned assigned coach supervisor advisor "
        "svc_advisor player bill_to ship_to sold_to deliver_to "
        # the same fields in the branch's languages (candidate U11)
        "naam voornaam achternaam klant klantnaam ontvanger afzender huurder aan "
        "vorname nachname kunde kundin empfänger empfängerin absender mieter mieterin "
        "nom prénom prenom destinataire expéditeur expediteur locataire "
        "nombre apellido apellidos destinatario remitente inquilino inquilina paciente cliente "
        "cognome mittente paziente nome sobrenome remetente apelido nom_de_famille kontakt "
        "nominativo".split()
    )
    | PERSON_ROLES
)  # roles of a person in the branch's languages' forms and exports (candidate U16)
ADDRESS_FIELDS = {
    **dict.fromkeys(
        "street street_name streetname strasse straße rue voie calle via straat rua "
        "address_line1 address1 addr1 line1 "
        # a record's address column in the branch's languages (candidate U16)
        "dirección direccion indirizzo adresse anschrift morada endereço endereco "
        "domicilio nom_de_voie type_et_nom_de_voie n°_et_voie tipo_de_vía_y_nombre "
        "tipo_de_via_y_nombre str".split(),
        "street",
    ),
    **dict.fromkeys(
        "house_number housenumber hausnummer hausnr hnr building_number numero número numéro "
        "num_rue civico numero_civico huisnummer huisnr nº n° nr haus_nr n_civico "
        "número_de_porta".split(),
        "number",
    ),
    # a flat's or a suite's field (candidate U17): "Toevoeging: Apt. 101", "Piso: 3º B"
    **dict.fromkeys(
        "adresszusatz toevoeging piso puerta interno scala andar complément_d'adresse "
        "complement_d'adresse complemento apartment apt suite unit".split(),
        "unit",
    ),
}
ROW_NUMBERS = frozenset({"nr", "n°", "nº"})
"""Number columns that also count a table's rows: a house number only beside a street."""
# a table's town column: its cells are places, not names (candidate U16)
PLACE_COLUMNS = frozenset(
    "city town locality ort stadt wohnort plaats woonplaats gemeente ville commune localité "
    "città citta comune paese provincia ciudad localidad población poblacion municipio "
    "provincia cidade localidade concelho distrito".split()
)
# a surname's particles: lower-case inside a capitalised name ("Pleun van Leeuwen")
NAME_PARTICLES = frozenset("van de der den von di da du le la ter ten del dos das do".split())
