"""PII sentences in six languages, written for Prism by a third engineer (2026-12-02) who
read no training file, no blind set and no model output: 40 with personal data and 12
without, per language, each language its own sentences (candidate M, docs/classifiers.md).
Placeholders are filled from the language's faker locale (``data_pii.LocaleFaker``)."""

from __future__ import annotations

# language -> sentences with personal data
POSITIVE_THIRD: dict[str, list[str]] = {
    "de": [
        (
            "hey kannst du mir helfen ne mail an {{first_name}} zu schreiben? der hat "
            "mir immer noch nicht die kaution zurückgezahlt, seine nummer is "
            "{{phone_number}} falls das wichtig is"
        ),
        (
            "Sehr geehrte Frau {{last_name}},\n\nvielen Dank für Ihre Rückmeldung vom "
            "{{date}}. Anbei sende ich Ihnen die unterschriebenen Unterlagen zurück.\n"
            "\nMit freundlichen Grüßen\n{{person}}\nTeamleiter Einkauf\n"
            "{{organization}}\nTel.: {{phone_number}}"
        ),
        (
            "---------- Weitergeleitete Nachricht ----------\nVon: {{person}} "
            "<{{email}}>\nDatum: {{date}}, {{time}}\nAn: {{person2}}\nBetreff: Angebot "
            "Dachsanierung\n\nKannst du mir sagen, ob das Angebot fair ist?"
        ),
        (
            "Name: {{last_name}}\nVorname: {{first_name}}\nGeburtsdatum: {{date}}\n"
            "Anschrift: {{address}}\nTelefon: {{phone_number}}\nE-Mail: {{email}}"
        ),
        (
            "Rechnung Nr. {{num}}\nRechnungsdatum: {{date}}\n\nRechnungsempfänger:\n"
            "{{person}}\n{{street_name}} {{building_number}}\n{{postcode}} {{city}}\n\n"
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf folgendes "
            "Konto: IBAN {{iban}}"
        ),
        (
            "Lieferschein {{num}}\nLieferadresse: {{address}}\nEmpfängerin: "
            "{{name_female}}\nAnsprechpartner vor Ort: Herr {{last_name}}, Tel. "
            "{{phone_number}}\nAnlieferung bitte nur werktags bis 16 Uhr."
        ),
        (
            "AN:\n{{person}}\n{{street_name}} {{building_number}}\n{{postcode}} "
            "{{city}}\nDEUTSCHLAND\n\nAbsender: {{organization}}, Sendungsnr. {{num}}"
        ),
        (
            "Protokoll der Teamsitzung vom {{date}}\nAnwesend: {{person}}, "
            "{{person2}}, {{name_female}}, {{name_male}}\nProtokollführung: "
            "{{first_name}} {{last_name}}\nTOP 1: Urlaubsplanung Sommer\nTOP 2: Neue "
            "Kaffeemaschine"
        ),
        (
            "Überweisung an: Hautarztpraxis Frau Dr. {{last_name}}\nPatient: "
            "{{name_male}}, geb. {{date}}\nAnschrift: {{address}}\nDiagnose: V. a. "
            "Kontaktekzem beider Hände, bitte um Mitbeurteilung und Epikutantest."
        ),
        (
            "Sehr geehrte Frau {{last_name}},\nmein Sohn {{first_name_male}} konnte am "
            "{{date}} wegen Fieber nicht am Unterricht teilnehmen. Ich bitte, sein "
            "Fehlen zu entschuldigen.\nMit freundlichen Grüßen\n{{person}}"
        ),
        (
            "LEBENSLAUF\n\nPersönliche Daten\n{{person}}\n{{street_name}} "
            "{{building_number}}, {{postcode}} {{city}}\nMobil: {{phone_number}}\n"
            "E-Mail: {{email}}\n\nBerufserfahrung\nseit {{date}}: Projektleiterin bei "
            "{{organization}}"
        ),
        (
            "Mietvertrag\nzwischen {{person}} (Vermieter), wohnhaft {{address}},\nund "
            "{{person2}} (Mieterin)\nüber die Wohnung {{street_name}} "
            "{{building_number}}, {{postcode}} {{city}}, 2. OG links.\nMietbeginn: "
            "{{date}}"
        ),
        (
            "Schadenmeldung Kfz\nVersicherungsnehmer: {{person}}\nSchadentag: "
            "{{date}}, ca. {{time}} Uhr\nUnfallgegner: {{name_male}}, {{address}}\n"
            "Zeugin: {{person2}}, erreichbar unter {{phone_number}}"
        ),
        (
            "Ticket #{{num}} – Login nicht möglich\nKunde: {{person}} ({{email}})\n"
            "Letzte IP: {{ip_address}}\nBeschreibung: Seit dem Update am {{date}} "
            "erscheint beim Anmelden nur ein weißer Bildschirm."
        ),
        (
            "name,email,telefon,stadt\n{{person}},{{email}},{{phone_number}},{{city}}\n"
            "{{person2}},{{email}},{{phone_number}},{{city}}\n"
            "{{name_female}},{{email}},{{phone_number}},{{city}}\nkannst du daraus "
            "eine schöne tabelle machen?"
        ),
        (
            '{"kunde": {"vorname": "{{first_name}}", "nachname": "{{last_name}}", '
            '"email": "{{email}}", "iban": "{{iban}}", "plz": "{{postcode}}", "ort": '
            '"{{city}}"}}\nWarum schlägt die Validierung bei diesem Objekt fehl?'
        ),
        (
            "Hi {{first_name_female}}, bin in 10 min da. Falls du mich nicht findest "
            "ruf an: {{phone_number}}. LG {{first_name_male}}"
        ),
        (
            "Transkript Sprachnachricht: ja hallo hier ist {{person}}, ich ruf an "
            "wegen dem Termin am {{date}}, bitte rufen Sie mich zurück unter "
            "{{phone_number}}, danke, tschüss"
        ),
        (
            "Wer bringt was zum Grillfest mit?\n- {{first_name}}: Kartoffelsalat\n- "
            "{{first_name_female}}: Getränke\n- {{first_name_male}}: Grillkohle\n- "
            "{{name_female}}: Nachtisch"
        ),
        (
            "{{first_name}}s Antrag auf Elterngeld wurde abgelehnt, weil angeblich "
            "Unterlagen fehlten. Wie formuliere ich einen Widerspruch im Namen von "
            "{{person}}?"
        ),
        (
            "Wer hat eigentlich die Präsentation für Montag gemacht, {{first_name}}? "
            "Ich dachte, das war {{person2}}."
        ),
        (
            "{{person}} hat zum {{date}} gekündigt, die Stelle muss neu besetzt "
            "werden. Schreib mir bitte eine Stellenanzeige für {{organization}}."
        ),
        (
            "meine oma hat ne neue nummer, {{phone_number}}, und ich will die in ihr "
            "handy einspeichern, wie geht das bei nem Samsung Galaxy?"
        ),
        (
            "Bitte überweis die 45 € für das Konzertticket an {{person}}, IBAN "
            "{{iban}}, Verwendungszweck: Ticket {{date}}."
        ),
        (
            "Ich habe gestern bei {{organization}} mit meiner Kreditkarte "
            "{{credit_card_number}} bezahlt und es wurde doppelt abgebucht. "
            "Karteninhaber ist {{name_male}}. Was soll ich jetzt tun?"
        ),
        (
            "unser server unter {{ip_address}} ist seit heute früh down, admin ist "
            "{{first_name}} {{last_name}} aber der geht nicht ans telefon "
            "({{phone_number}}). was kann ich selbst prüfen?"
        ),
        (
            "Hallo {{first_name}},\n\nwie besprochen schicke ich dir die Folien bis "
            "Freitag.\n\nViele Grüße\n{{person}}\nSenior Consultant\n{{organization}}\n"
            "Mobil {{phone_number}}\n{{email}}"
        ),
        (
            "kanst du mir helfen, ich muss {{first_name_female}} {{last_name}} ne "
            "entschuldigung schreiben weil ich ihren geburtstag vergesen hab, sie "
            "wohnt in {{city}} und ich will ihr auch was schiken"
        ),
        (
            "Übergabeprotokoll Wohnung\nVormieter: {{person}}\nNachmieterin: "
            "{{name_female}}\nNeue Anschrift des Vormieters:\n{{street_name}} "
            "{{building_number}}\n{{postcode}} {{city}}\nZählerstand Strom: {{num}} kWh"
        ),
        (
            "Terminbestätigung\nPraxis Dr. {{last_name}}\nPatientin: {{name_female}}\n"
            "Termin: {{date}} um {{time}} Uhr\nBei Verhinderung bitte rechtzeitig "
            "absagen unter {{phone_number}}."
        ),
        (
            "Liebe Eltern der Klasse 4b,\ndie Klassenfahrt nach Bad Harzburg findet ab "
            "dem {{date}} statt. Rückfragen bitte an Frau {{last_name}} unter "
            "{{email}}.\nHerzliche Grüße\n{{name_female}}, Klassenlehrerin"
        ),
        (
            "Sehr geehrter Herr {{last_name}},\nhiermit bewerbe ich mich um die "
            "ausgeschriebene Stelle als Industriekauffrau in Ihrem Werk in "
            "Ingolstadt.\nMit freundlichen Grüßen\n{{name_female}}\n{{address}}\n"
            "{{phone_number}}"
        ),
        (
            "| Name | Telefon | E-Mail |\n|---|---|---|\n| {{person}} | "
            "{{phone_number}} | {{email}} |\n| {{person2}} | {{phone_number}} | "
            "{{email}} |\n| {{name_male}} | {{phone_number}} | {{email}} |\nsortier "
            "das bitte alphabetisch nach Nachnamen"
        ),
        (
            "[{{time}}] {{first_name}}: wer holt morgen die kinder ab?\n[{{time}}] "
            "{{first_name_female}}: ich kann nicht, muss bis 18 uhr arbeiten\n"
            "[{{time}}] {{first_name}}: dann frag ich {{first_name_male}}"
        ),
        (
            'Hab diese SMS bekommen: "Ihr Paket wurde bei Ihrem Nachbarn {{person}}, '
            '{{street_name}} {{building_number}}, abgegeben. Sendungsnummer {{num}}." '
            "Ist das echt oder Phishing?"
        ),
        (
            "Vollmacht\nHiermit bevollmächtige ich, {{person}}, geboren am {{date}}, "
            "wohnhaft {{address}}, Herrn {{name_male}}, meine Einschreiben bei der "
            "Deutschen Post abzuholen."
        ),
        (
            "SEPA-Lastschriftmandat\nKontoinhaber: {{person}}\nIBAN: {{iban}}\n"
            "Zahlungsempfänger: {{organization}}\nOrt, Datum: {{city}}, {{date}}"
        ),
        (
            "{{person}}\n{{street_name}} {{building_number}}\n{{postcode}} {{city}}\n\n"
            "Kündigung meines Fitnessvertrags, Mitgliedsnummer {{num}}\n\nSehr geehrte "
            "Damen und Herren, hiermit kündige ich fristgerecht zum {{date}}."
        ),
        (
            "Frau {{name_female}} war vom {{date}} bis {{date}} in unserem Unternehmen "
            "als Buchhalterin tätig. Kannst du das Zeugnis etwas positiver "
            "formulieren? Unterschrieben hat es Herr {{last_name}}."
        ),
        (
            "Fehlgeschlagene Logins:\n{{date}} {{time}} user={{email}} "
            "ip={{ip_address}}\n{{date}} {{time}} user={{email}} ip={{ip_address}}\n"
            "{{date}} {{time}} user={{email}} ip={{ip_address}}\nist das ein "
            "Brute-Force-Angriff?"
        ),
    ],
    "fr": [
        (
            "salut tu peux m'aider a écrire un msg pour {{first_name}} ? elle m'a "
            "toujours pas rendu mes clés, son num c'est {{phone_number}}"
        ),
        (
            "Bonjour Madame {{last_name}},\n\nSuite à notre échange téléphonique du "
            "{{date}}, je vous transmets ci-joint le devis demandé.\n\nBien "
            "cordialement,\n{{person}}\nResponsable commercial\n{{organization}}\nTél. "
            ": {{phone_number}}"
        ),
        (
            "-------- Message transféré --------\nDe : {{person}} <{{email}}>\nDate : "
            "{{date}} {{time}}\nÀ : {{person2}}\nObjet : Réunion de copropriété\n\nTu "
            "peux me faire un résumé de ce mail ?"
        ),
        (
            "Nom : {{last_name}}\nPrénom : {{first_name}}\nDate de naissance : "
            "{{date}}\nAdresse : {{address}}\nTéléphone : {{phone_number}}\nCourriel : "
            "{{email}}"
        ),
        (
            "FACTURE N° {{num}}\nDate : {{date}}\n\nClient :\n{{person}}\n"
            "{{building_number}} {{street_name}}\n{{postcode}} {{city}}\n\nRèglement "
            "par virement sur l'IBAN {{iban}} sous 30 jours."
        ),
        (
            "Bon de livraison n° {{num}}\nDestinataire : {{name_female}}\nAdresse de "
            "livraison : {{address}}\nContact sur place : M. {{last_name}} – "
            "{{phone_number}}\nLivraison en semaine uniquement."
        ),
        (
            "DESTINATAIRE\n{{person}}\n{{building_number}} {{street_name}}\n"
            "{{postcode}} {{city}}\nFRANCE\nColissimo suivi n° {{num}}"
        ),
        (
            "Compte rendu de la réunion du {{date}}\nPrésents : {{person}}, "
            "{{person2}}, {{name_male}}\nExcusée : {{name_female}}\nSecrétaire de "
            "séance : {{first_name}} {{last_name}}\n1. Budget du comité des fêtes"
        ),
        (
            "Cher confrère,\nJe vous adresse {{name_male}}, né le {{date}}, pour avis "
            "cardiologique suite à des palpitations récurrentes.\nBien "
            "confraternellement,\nDr {{last_name}}\nCabinet médical, {{address}}"
        ),
        (
            "Madame {{last_name}},\nJe vous prie d'excuser l'absence de ma fille "
            "{{first_name_female}} le {{date}}, elle avait rendez-vous chez "
            "l'orthodontiste.\nCordialement,\n{{person}}"
        ),
        (
            "CURRICULUM VITAE\n{{person}}\n{{address}}\n{{phone_number}} – {{email}}\n"
            "\nEXPÉRIENCE\nDepuis {{date}} : Cheffe de projet digital, "
            "{{organization}}\nFORMATION\nMaster Marketing, Université Lyon 3"
        ),
        (
            "CONTRAT DE LOCATION\nEntre les soussignés :\n{{person}}, demeurant "
            "{{address}}, ci-après « le bailleur »,\net {{person2}}, ci-après « le "
            "locataire ».\nLogement situé au {{building_number}} {{street_name}}, "
            "{{postcode}} {{city}}."
        ),
        (
            "Déclaration de sinistre\nAssuré : {{person}}\nN° de contrat : {{num}}\n"
            "Date du sinistre : {{date}} vers {{time}}\nTiers impliqué : "
            "{{name_male}}, {{address}}\nTémoin : Mme {{last_name}}, tél. "
            "{{phone_number}}"
        ),
        (
            "Ticket #{{num}} – Impossible de se connecter\nClient : {{person}} "
            "({{email}})\nAdresse IP : {{ip_address}}\nDepuis la mise à jour du "
            "{{date}}, l'application plante au démarrage."
        ),
        (
            "nom;prenom;email;telephone\n"
            "{{last_name}};{{first_name}};{{email}};{{phone_number}}\n"
            "{{last_name}};{{first_name_female}};{{email}};{{phone_number}}\n"
            "{{last_name}};{{first_name_male}};{{email}};{{phone_number}}\ntu peux "
            "convertir ça en tableau Excel ?"
        ),
        (
            '{"client": {"nom": "{{last_name}}", "prenom": "{{first_name}}", "email": '
            '"{{email}}", "carte": "{{credit_card_number}}", "ville": "{{city}}"}}\n'
            "Pourquoi ce JSON ne passe pas la validation du schéma ?"
        ),
        (
            "Coucou {{first_name_female}} ! Je suis devant la gare, appelle-moi au "
            "{{phone_number}} si tu me trouves pas. Bisous, {{first_name}}"
        ),
        (
            "Transcription message vocal : oui bonjour c'est {{person}}, je vous "
            "appelle pour le rendez-vous du {{date}}, vous pouvez me rappeler au "
            "{{phone_number}}, merci, au revoir"
        ),
        (
            "Qui fait quoi pour l'anniversaire de {{first_name}} ?\n- "
            "{{first_name_female}} : le gâteau\n- {{first_name_male}} : la déco\n- "
            "{{name_female}} : les boissons\n- {{name_male}} : la playlist"
        ),
        (
            "Le dossier de {{person}} a été refusé par la CAF. Le fils de "
            "{{name_male}} dit que c'est une erreur. Comment faire un recours ?"
        ),
        ("C'est toi qui as envoyé le devis, {{first_name}} ? Je croyais que c'était {{person2}}."),
        (
            "{{person}} quitte l'entreprise le {{date}}. Aide-moi à rédiger un message "
            "d'au revoir pour toute l'équipe de {{organization}}."
        ),
        (
            "ma grand-mère a changé de numéro, c'est le {{phone_number}} maintenant, "
            "comment je l'ajoute dans ses contacts sur son Samsung ?"
        ),
        (
            "Rappelle-moi de rembourser {{person}} pour les places de concert, son "
            "IBAN c'est {{iban}}."
        ),
        (
            "Ma carte {{credit_card_number}} a été débitée deux fois chez "
            "{{organization}} le {{date}}. Le titulaire est {{name_male}}. Comment "
            "contester ?"
        ),
        (
            "le serveur {{ip_address}} répond plus depuis ce matin, l'admin c'est "
            "{{first_name}} {{last_name}} mais il décroche pas au {{phone_number}}, je "
            "vérifie quoi en premier ?"
        ),
        (
            "Salut {{first_name}},\n\nComme convenu, je t'envoie les slides avant "
            "vendredi.\n\nÀ plus,\n{{person}}\nConsultante senior\n{{organization}}\n"
            "Portable : {{phone_number}}\n{{email}}"
        ),
        (
            "jdois écrire une lettre d'excuse a {{first_name_female}} {{last_name}} "
            "parsque j'ai oublié son anniv, elle habite a {{city}}, tu m'aide stp"
        ),
        (
            "État des lieux de sortie\nLocataire sortant : {{person}}\nNouvelle "
            "adresse :\n{{street_name}} {{building_number}}\n{{postcode}} {{city}}\n"
            "Mandataire : Maître {{last_name}}\nRelevé compteur : {{num}} kWh"
        ),
        (
            "Confirmation de rendez-vous\nCabinet du Dr {{last_name}}\nPatiente : "
            "{{name_female}}\nLe {{date}} à {{time}}\nEn cas d'empêchement, merci de "
            "prévenir au {{phone_number}}."
        ),
        (
            "Chers parents de CM2,\nLa sortie au Futuroscope aura lieu le {{date}}. "
            "Pour toute question, contactez Mme {{last_name}} à l'adresse {{email}}.\n"
            "Cordialement,\n{{name_female}}, enseignante"
        ),
        (
            "Monsieur {{last_name}},\nJe me permets de vous adresser ma candidature au "
            "poste d'assistante comptable au sein de votre agence de Rennes.\nVeuillez "
            "agréer, Monsieur, l'expression de mes salutations distinguées.\n"
            "{{name_female}}\n{{address}}\n{{phone_number}}"
        ),
        (
            "| Nom | Téléphone | E-mail |\n|---|---|---|\n| {{person}} | "
            "{{phone_number}} | {{email}} |\n| {{person2}} | {{phone_number}} | "
            "{{email}} |\n| {{name_female}} | {{phone_number}} | {{email}} |\ntrie-moi "
            "ça par ordre alphabétique"
        ),
        (
            "[{{time}}] {{first_name}} : qui récupère les enfants demain ?\n[{{time}}] "
            "{{first_name_female}} : pas moi, je finis à 18h\n[{{time}}] "
            "{{first_name}} : ok je demande à {{first_name_male}}"
        ),
        (
            "J'ai reçu ce SMS : « Votre colis a été déposé chez votre voisin "
            "{{person}}, {{building_number}} {{street_name}}. Suivi : {{num}} ». C'est "
            "une arnaque ?"
        ),
        (
            "PROCURATION\nJe soussignée {{name_female}}, née le {{date}}, demeurant "
            "{{address}}, donne procuration à M. {{name_male}} pour retirer en mon nom "
            "un recommandé à La Poste."
        ),
        (
            "Mandat de prélèvement SEPA\nTitulaire du compte : {{person}}\nIBAN : "
            "{{iban}}\nCréancier : {{organization}}\nFait à {{city}}, le {{date}}"
        ),
        (
            "{{person}}\n{{building_number}} {{street_name}}\n{{postcode}} {{city}}\n\n"
            "Objet : résiliation de mon abonnement, n° adhérent {{num}}\n\nMadame, "
            "Monsieur, je vous informe de ma volonté de résilier mon contrat à compter "
            "du {{date}}."
        ),
        (
            "Je soussigné {{person}}, gérant de {{organization}}, certifie que M. "
            "{{last_name}} est employé dans notre société depuis le {{date}}. Tu peux "
            "reformuler ça de façon plus formelle ?"
        ),
        (
            "Tentatives de connexion échouées :\n{{date}} {{time}} user={{email}} "
            "ip={{ip_address}}\n{{date}} {{time}} user={{email}} ip={{ip_address}}\n"
            "{{date}} {{time}} user={{email}} ip={{ip_address}}\nc'est une attaque par "
            "force brute ?"
        ),
    ],
    "es": [
        (
            "hola, necesito escribirle a {{first_name}} por lo del alquiler pero no me "
            "acuerdo si su correo era {{email}} o el del trabajo, me ayudas a redactar "
            "algo cortito y educado?"
        ),
        (
            "Estimada Sra. {{last_name}}:\n\nLe confirmo la cita del {{date}} a las "
            "{{time}} en nuestras oficinas de la planta 2.\n\nUn cordial saludo,\n"
            "{{person}}\nResponsable de Atención al Cliente\n{{organization}}\nTel. "
            "{{phone_number}}"
        ),
        (
            "---------- Mensaje reenviado ----------\nDe: {{person}} <{{email}}>\n"
            "Fecha: {{date}}\nAsunto: Presupuesto reforma cocina\nPara: {{person2}}\n\n"
            "te paso esto a ver qué opinas, el precio de los muebles me parece altísimo"
        ),
        (
            "Nombre: {{first_name}}\nApellidos: {{last_name}}\nDirección: "
            "{{street_name}} {{building_number}}\nCP: {{postcode}}\nLocalidad: "
            "{{city}}\nTeléfono: {{phone_number}}\nCorreo electrónico: {{email}}"
        ),
        (
            "FACTURA Nº {{num}}\nFecha de emisión: {{date}}\nCliente: {{person}}\n"
            "Domicilio fiscal: {{address}}\nIBAN para domiciliación: {{iban}}\nTotal "
            "(IVA incluido): {{num}} €\n¿está bien calculado el 21 %?"
        ),
        (
            "Albarán de entrega {{num}}\nDestinatario: {{person}}\n{{street_name}}, "
            "{{building_number}}\n{{postcode}} {{city}}\nBultos: 3\nRecibido por: "
            "{{first_name}} {{last_name}}\nFirma: ________"
        ),
        (
            "Acta de la junta de la comunidad de propietarios, {{date}}\nAsistentes: "
            "{{person}}, {{person2}}, {{name_female}} y {{name_male}}.\nSe aprueba la "
            "derrama para reparar el ascensor. Actúa como secretario {{person2}}."
        ),
        (
            "Servicio de destino: Cardiología\nPaciente: {{person}}, con domicilio en "
            "{{address}}.\nMotivo de derivación: dolor torácico atípico de tres "
            "semanas de evolución. Se solicita ecocardiograma preferente.\nTeléfono de "
            "contacto del paciente: {{phone_number}}"
        ),
        (
            "Estimada familia de {{first_name}}:\nOs recordamos que el viernes hay "
            "excursión al Museo de las Ciencias de Valencia. Por favor, devolved la "
            "autorización firmada a la tutora, {{name_female}}, antes del {{date}}."
        ),
        (
            "CURRÍCULUM VITAE\n{{person}}\n{{address}} · {{phone_number}} · {{email}}\n"
            "\nExperiencia: técnico de sistemas en {{organization}} (2018-2023).\n"
            "mejórame el perfil profesional, que suena muy genérico"
        ),
        (
            "En {{city}}, a {{date}}.\nREUNIDOS: de una parte, D. {{name_male}}, en "
            "calidad de arrendador, y de otra, Dña. {{name_female}}, como "
            "arrendataria, respecto de la vivienda sita en {{street_name}} "
            "{{building_number}}, {{postcode}} {{city}}."
        ),
        (
            "Parte amistoso de accidente\nConductor A: {{person}}, tel. "
            "{{phone_number}}\nConductor B: {{person2}}\nLugar: cruce de "
            "{{street_name}} con la rotonda del polígono, {{city}}\nHora: {{time}}\n"
            "¿cómo describo bien lo que pasó para la aseguradora?"
        ),
        (
            "Ticket #{{num}}\nUsuario: {{email}}\nIP de origen: {{ip_address}}\n"
            "Descripción: {{first_name}} {{last_name}} no puede iniciar sesión en la "
            "intranet desde ayer, le sale un error 403."
        ),
        (
            "nombre,apellido,email,telefono\n"
            "{{first_name}},{{last_name}},{{email}},{{phone_number}}\n"
            "{{first_name_female}},{{last_name}},{{email}},{{phone_number}}\n"
            "{{first_name_male}},{{last_name}},{{email}},{{phone_number}}\n¿me lo "
            "conviertes en una tabla en Markdown?"
        ),
        (
            '{"cliente": "{{person}}", "email": "{{email}}", "iban": "{{iban}}", '
            '"ciudad": "{{city}}"}\n¿por qué me da error al cargar este json con '
            "pandas?"
        ),
        (
            "Hola {{first_name}}, soy {{name_male}} del taller. Tu coche ya está "
            "listo, puedes pasar a recogerlo mañana a partir de las {{time}}. "
            "Cualquier cosa llámame al {{phone_number}}."
        ),
        (
            "nota de voz... eh vale, acordarme de llamar a {{person}} el lunes por lo "
            "del contrato, su número es {{phone_number}}, y mandarle a "
            "{{first_name_female}} la factura a {{email}}, vale, ya está"
        ),
        (
            "Para la cena del sábado somos: {{person}}, {{person2}}, {{name_female}}, "
            "{{name_male}} y yo. Ayúdame a repartir quién trae qué, que siempre "
            "acabamos con cinco tortillas."
        ),
        (
            "la madre de {{first_name}} me ha pedido que le busque una residencia "
            "cerca de {{city}}, qué debería preguntar cuando llame?"
        ),
        (
            "Ayer hablé con {{first_name}}. Me contó que su socio, {{name_male}}, deja "
            "{{organization}} en enero. ¿Cómo se lo cuento a {{first_name_female}}?"
        ),
        (
            "{{person}} ha solicitado el reembolso del billete de Iberia. Tarjeta con "
            "la que pagó: {{credit_card_number}}. ¿Es seguro guardar esto en un Excel "
            "compartido?"
        ),
        (
            "Os presento a la nueva responsable de compras:\n{{person}}\nA partir del "
            "lunes podéis escribirle directamente a {{email}}."
        ),
        (
            "ola k tal, mi vecino {{first_name}} {{last_name}} me a dejado las llaves "
            "y nose si devolverselas en mano o dejarlas en el buzon de {{street_name}} "
            "{{building_number}}, q hago"
        ),
        (
            "Quiero hacer una transferencia a {{person}}, IBAN {{iban}}, concepto: "
            "fianza piso. ¿Cuánto tarda una transferencia SEPA si la hago un viernes "
            "por la tarde?"
        ),
        (
            "REMITENTE:\n{{person}}\n{{address}}\n\nDESTINATARIO:\n{{person2}}\n"
            "{{street_name}} {{building_number}}\n{{postcode}} {{city}}\nTel.: "
            "{{phone_number}}"
        ),
        (
            "Buenas tardes:\nMe llamo {{person}} y el pedido {{num}}, realizado el "
            "{{date}}, todavía no ha llegado a {{address}}. Ruego me indiquen qué ha "
            "pasado.\nAtentamente,\n{{person}}"
        ),
        (
            "Asunto: Candidatura puesto de administrativo\n\nBuenos días, Sr. "
            "{{last_name}}:\nAdjunto mi CV para la oferta publicada en InfoJobs. Quedo "
            "a su disposición en el {{phone_number}}.\nSaludos,\n{{name_female}}"
        ),
        (
            "el servidor con ip {{ip_address}} lleva caído desde las {{time}}, lo "
            "administra {{first_name_male}} pero no contesta. le escribo a {{email}} o "
            "abro incidencia con {{organization}}?"
        ),
        (
            "Mesa 4 del banquete: {{name_female}}, {{name_male}}, {{person}} y "
            "{{person2}}. La novia no quiere que {{first_name}} se siente cerca de su "
            "ex, ¿cómo reorganizo las mesas?"
        ),
        (
            "Reserva confirmada\nTitular: {{person}}\nLlegada: {{date}}\nHabitación "
            "doble, {{num}} noches\nTarjeta de garantía: {{credit_card_number}}\nEmail "
            "de contacto: {{email}}"
        ),
        (
            "Solicitud de alta de socio – Club Deportivo\nTitular: {{first_name}} "
            "{{last_name}}\nCalle: {{street_name}}, nº {{building_number}}\nCódigo "
            "postal: {{postcode}}\nMunicipio: {{city}}\nCuenta de cargo: {{iban}}"
        ),
        (
            "el perro de {{first_name}} ladra toda la noche y ya no sé cómo decírselo "
            "sin que se enfade. vive en el 3ºB y yo en el 3ºA. ideas?"
        ),
        (
            "Profesora: {{name_female}}\nAlumno: {{first_name_male}} {{last_name}}\n"
            "Asignatura: Matemáticas, 2º ESO\nObservaciones: no entrega los deberes "
            "desde el {{date}}. Se ruega a la familia que contacte en el "
            "{{phone_number}}."
        ),
        (
            "[{{time}}] {{first_name}}: llego tarde, el metro va fatal\n[{{time}}] "
            "{{first_name_female}}: vale, te esperamos en la puerta del cine\n"
            "[{{time}}] {{first_name}}: gracias!!\nresúmeme esta conversación"
        ),
        (
            "Yo, {{person}}, con domicilio en {{address}}, AUTORIZO a {{person2}} a "
            "recoger en mi nombre la documentación del expediente {{num}} en el "
            "Ayuntamiento de {{city}}."
        ),
        (
            "mi casero, el Sr. {{last_name}}, no me devuelve la fianza y ya han pasado "
            "dos meses. tengo su email {{email}} y su móvil {{phone_number}}, le mando "
            "un burofax?"
        ),
        (
            "Traduce al inglés: «Muchas gracias, {{first_name}}, por ayudarnos con la "
            "mudanza a {{city}}. Te debemos una cena.»"
        ),
        (
            "Hola, he visto un cargo de {{num}} € del {{date}} que no reconozco en mi "
            "tarjeta {{credit_card_number}}. Soy {{person}}. ¿Qué pasos sigo para "
            "reclamarlo al banco?"
        ),
        (
            "Convocatoria: Comité de Dirección\nDía: {{date}}, {{time}}\nConvocados: "
            "{{person}} (Dirección General), {{person2}} (Finanzas), {{name_male}} "
            "(RR. HH.)\nLugar: Sala Mediterráneo, {{organization}}"
        ),
        (
            "Mañana es el cumpleaños de {{name_female}}, la hermana de {{first_name}}. "
            "Quiero mandarle flores a {{street_name}} {{building_number}}, {{city}}. "
            "Escríbeme una tarjeta bonita."
        ),
    ],
    "it": [
        (
            "ciao! mi aiuti a scrivere un messaggio a {{first_name}}? vorrei invitarla "
            "a cena ma è da tanto che non ci sentiamo. il suo numero dovrebbe essere "
            "ancora {{phone_number}}"
        ),
        (
            "Gentile Sig.ra {{last_name}},\n\nle confermo l'appuntamento per il "
            "{{date}} alle ore {{time}} presso il nostro studio.\n\nCordiali saluti,\n"
            "{{person}}\nUfficio Amministrazione\n{{organization}}\nTel. "
            "{{phone_number}}"
        ),
        (
            "---------- Messaggio inoltrato ---------\nDa: {{person}} <{{email}}>\n"
            "Data: {{date}}\nOggetto: I: Iscrizione corso di yoga\nA: {{person2}}\n\n"
            "guarda un po' tu, per me il giovedì sera va benissimo"
        ),
        (
            "Nome: {{first_name}}\nCognome: {{last_name}}\nIndirizzo: {{street_name}} "
            "{{building_number}}\nCAP: {{postcode}}\nCittà: {{city}}\nCellulare: "
            "{{phone_number}}\nE-mail: {{email}}"
        ),
        (
            "FATTURA N. {{num}} del {{date}}\nIntestatario: {{person}}\nIndirizzo: "
            "{{address}}\nIBAN: {{iban}}\nImponibile: {{num}} €, IVA 22%\nmi controlli "
            "se il totale è giusto?"
        ),
        (
            "Documento di trasporto n. {{num}}\nDestinatario: {{person}}\n"
            "{{street_name}}, {{building_number}}\n{{postcode}} {{city}}\nColli: 2\n"
            "Firma per ricevuta: {{first_name}} {{last_name}}"
        ),
        (
            "Verbale dell'assemblea condominiale del {{date}}\nPresenti: {{person}}, "
            "{{person2}}, {{name_female}}, {{name_male}}.\nSi delibera il rifacimento "
            "della facciata. Segretario verbalizzante: {{person2}}."
        ),
        (
            "Egregio collega,\ninvio alla Sua attenzione il Sig. {{last_name}}, "
            "residente in {{address}}, per visita ortopedica. Lamenta dolore al "
            "ginocchio destro da circa un mese.\nCordialità,\nDott. {{last_name}}"
        ),
        (
            "Giustificazione\nIo sottoscritta {{name_female}}, madre dell'alunno "
            "{{first_name_male}} {{last_name}}, giustifico l'assenza di mio figlio nel "
            "giorno {{date}} per motivi di salute.\nFirma: ________"
        ),
        (
            "CURRICULUM VITAE\n{{person}}\nNata a {{city}} il {{date}}\n{{address}} – "
            "{{phone_number}} – {{email}}\nEsperienze: impiegata amministrativa presso "
            "{{organization}}.\nmi riscrivi il profilo in modo più professionale?"
        ),
        (
            "Con la presente scrittura privata il Sig. {{name_male}} (locatore) "
            "concede in locazione alla Sig.ra {{name_female}} (conduttrice) l'immobile "
            "sito in {{street_name}} {{building_number}}, {{postcode}} {{city}}, per "
            "la durata di anni 4+4."
        ),
        (
            "Denuncia di sinistro\nPolizza n. {{num}}\nAssicurato: {{person}}\nDanno: "
            "infiltrazione d'acqua dal piano superiore, abitato da {{name_male}}\n"
            "Indirizzo immobile: {{address}}\nData evento: {{date}}"
        ),
        (
            "Ticket #{{num}} – Priorità alta\nUtente: {{email}}\nIP: {{ip_address}}\n"
            "Descrizione: {{first_name}} {{last_name}} segnala che la VPN si "
            "disconnette ogni dieci minuti da lunedì."
        ),
        (
            "nome;cognome;email;telefono\n"
            "{{first_name}};{{last_name}};{{email}};{{phone_number}}\n"
            "{{first_name_male}};{{last_name}};{{email}};{{phone_number}}\nperché "
            "Excel mi mette tutto in una colonna sola?"
        ),
        (
            '{"utente": "{{person}}", "email": "{{email}}", "indirizzo": '
            '"{{address}}", "ultimo_ip": "{{ip_address}}"}\nmi scrivi il modello '
            "Pydantic per questo oggetto?"
        ),
        (
            "Promemoria: {{first_name}}, domani alle {{time}} hai la seduta di "
            "fisioterapia con la Dott.ssa {{last_name}}. Per disdire chiama il "
            "{{phone_number}}."
        ),
        (
            "allora... promemoria, chiamare {{person}} lunedì per il rogito, numero "
            "{{phone_number}}, e poi mandare a {{first_name_female}} le foto della "
            "casa su {{email}}, ok fine"
        ),
        (
            "Turni pulizie scala B per ottobre: {{first_name}} prima settimana, "
            "{{name_female}} seconda, {{name_male}} terza e {{person}} quarta. me li "
            "metti in una tabella?"
        ),
        (
            "il cane di {{first_name}} ha morso il mio gatto ieri sera. posso chiedere "
            "i danni? lei abita in {{street_name}} {{building_number}}, proprio di "
            "fronte a me"
        ),
        (
            "Mi scrivi un messaggio di scuse per {{first_name}}? Ho dimenticato il suo "
            "compleanno, e anche {{first_name_female}}, sua moglie, se l'è presa."
        ),
        (
            "{{name_male}} non ha ancora versato la sua quota per il regalo di "
            "{{first_name_female}}. Come glielo ricordo senza sembrare pesante?"
        ),
        (
            "Vi presento la nuova responsabile acquisti:\n{{person}}\nPer qualsiasi "
            "richiesta scrivetele a {{email}}."
        ),
        (
            "raga qualcuno sa se {{first_name}} ha ancora il numero di quell "
            "idraulico?? il mio è {{phone_number}} ditegli di chiamarmi xfavore, perde "
            "tutto sotto il lavandino"
        ),
        (
            "Coordinate per il rimborso spese:\nBeneficiario: {{person}}\nIBAN: "
            "{{iban}}\nBanca: Intesa Sanpaolo\nImporto: {{num}} €\nva bene così per un "
            "bonifico istantaneo?"
        ),
        (
            "MITTENTE:\n{{person}}\n{{address}}\n\nDESTINATARIO:\n{{person2}}\n"
            "{{street_name}} {{building_number}}\n{{postcode}} {{city}}\nTel. "
            "{{phone_number}}"
        ),
        (
            "Spett.le {{organization}},\nil sottoscritto {{person}}, cliente n. "
            "{{num}}, contesta la bolletta del {{date}} per importi non dovuti.\n"
            "Distinti saluti\n{{person}}\n{{phone_number}}"
        ),
        (
            "Oggetto: Candidatura per la posizione di receptionist\n\nGentile Dott. "
            "{{last_name}},\nin allegato il mio curriculum. Resto disponibile per un "
            "colloquio al numero {{phone_number}}.\nCordiali saluti,\n{{name_female}}"
        ),
        (
            "Log accessi sospetti:\n{{date}} {{time}} login fallito utente {{email}} "
            "da {{ip_address}}\n{{date}} {{time}} login riuscito utente {{email}} da "
            "{{ip_address}}\nsecondo te è un attacco brute force?"
        ),
        (
            "Testimoni di nozze: {{person}} e {{person2}} per la sposa, {{name_male}} "
            "per lo sposo. Bisogna portare i documenti in Comune a {{city}} prima del "
            "{{date}}?"
        ),
        (
            "Conferma prenotazione\nOspite: {{person}}\nArrivo: {{date}}\nCamera "
            "matrimoniale, {{num}} notti\nCarta a garanzia: {{credit_card_number}}\n"
            "Recapito: {{phone_number}}"
        ),
        (
            "Modulo di iscrizione – Palestra\nNome e cognome: {{first_name}} "
            "{{last_name}}\nVia: {{street_name}}, n. {{building_number}}\nCAP: "
            "{{postcode}}\nComune: {{city}}\nIBAN per addebito SEPA: {{iban}}"
        ),
        (
            "la suocera di {{first_name}} viene a stare da noi per un mese e sono già "
            "in ansia. consigli per sopravvivere?"
        ),
        (
            "Paziente: {{person}}\nData di nascita: {{date}}\nMedico curante: Dott. "
            "{{last_name}}\nTelefono: {{phone_number}}\nAnamnesi: ipertensione in "
            "terapia, allergia alla penicillina.\nmi spieghi cosa vuol dire in parole "
            "semplici?"
        ),
        (
            "[{{time}}] {{first_name}}: sono in ritardo, il treno è fermo a Bologna\n"
            "[{{time}}] {{first_name_female}}: ok ti aspettiamo al bar della stazione\n"
            "[{{time}}] {{first_name}}: grazie!!\nriassumi questa chat"
        ),
        (
            "Io sottoscritto {{person}}, residente in {{address}}, DELEGO {{person2}} "
            "al ritiro del certificato di residenza presso il Comune di {{city}}.\n"
            "{{city}}, {{date}}"
        ),
        (
            "la mia coinquilina {{first_name}} non paga le bollette da due mesi. il "
            "contratto è intestato a me, {{person}}, in {{street_name}} "
            "{{building_number}}. cosa posso fare legalmente?"
        ),
        (
            "Correggi gli errori: «Caro {{first_name}}, ti scrivo per ringraziarti del "
            "regalo, e stato molto gradito da me e da {{name_female}}. Un abbraccio»"
        ),
        (
            "Salve, ho trovato un addebito sconosciuto di {{num}} euro sulla carta "
            "{{credit_card_number}} in data {{date}}. Mi chiamo {{person}}, come "
            "faccio a bloccarla subito?"
        ),
        (
            "Consiglio di classe del {{date}}: presenti i docenti {{person}}, "
            "{{person2}} e {{name_male}}, la rappresentante dei genitori "
            "{{name_female}}. Assente giustificato: {{first_name}} {{last_name}}."
        ),
        (
            "Buon compleanno nonna! firmato {{first_name}}, {{first_name_female}} e "
            "{{first_name_male}}. mi aiuti a scrivere qualcosa di più lungo per il "
            "biglietto? lei abita a {{city}} e non la vediamo da Natale"
        ),
    ],
    "nl": [
        (
            "hoi, kan je me helpen een mailtje te schrijven naar {{first_name}} over "
            "het verjaardagsfeest van zn moeder? ze woont tegenwoordig in {{city}} en "
            "ik weet niet of ze kan komen"
        ),
        (
            "Beste mevr. {{last_name}},\n\nHartelijk dank voor uw aanvraag. Wij nemen "
            "binnen drie werkdagen contact met u op.\n\nMet vriendelijke groet,\n"
            "{{person}}\nAccountmanager\n{{organization}}\nTel: {{phone_number}}"
        ),
        (
            "---------- Doorgestuurd bericht ---------\nVan: {{person}} <{{email}}>\n"
            "Datum: {{date}}\nAan: {{person2}}\nOnderwerp: offerte dakgoot\n\nKun jij "
            "hier even naar kijken? Hij wil graag voor de zomer beginnen."
        ),
        (
            "Naam: {{person}}\nGeboortedatum: {{date}}\nAdres: {{street_name}} "
            "{{building_number}}\nPostcode en plaats: {{postcode}} {{city}}\nTelefoon: "
            "{{phone_number}}\nE-mail: {{email}}"
        ),
        (
            "FACTUUR {{num}}\n{{organization}}\nFactuurdatum: {{date}}\n\nAan: "
            "{{person}}\n{{address}}\n\nTe betalen binnen 14 dagen op rekening "
            "{{iban}} o.v.v. het factuurnummer."
        ),
        (
            "Pakbon – bestelling {{num}}\nAfleveren bij: {{name_female}}\n"
            "{{street_name}} {{building_number}}\n{{postcode}} {{city}}\nBij "
            "afwezigheid graag afgeven bij de buren."
        ),
        (
            "AFZENDER: {{organization}}\nONTVANGER: {{person}}\n{{address}}\nTEL "
            "{{phone_number}}\nGewicht: {{num}} kg – PostNL Pakket"
        ),
        (
            "Notulen teamoverleg {{date}}\nAanwezig: {{person}}, {{person2}}, "
            "{{first_name_female}} {{last_name}}\nAfwezig met bericht: {{name_male}}\n"
            "1. Opening en vaststellen agenda\n2. Planning Q3 besproken; "
            "{{first_name_male}} stuurt de begroting voor vrijdag rond."
        ),
        (
            "Geachte collega,\n\nHierbij verwijs ik dhr. {{last_name}}, geboren "
            "{{date}}, wonende te {{city}}, naar uw polikliniek cardiologie in verband "
            "met aanhoudende pijn op de borst bij inspanning. Graag uw beoordeling.\n\n"
            "Met collegiale groet,\n{{person}}, huisarts"
        ),
        (
            "Beste ouders,\n\nVandaag is {{first_name}} tijdens de pauze op het "
            "schoolplein gevallen en heeft een schaafwond aan de knie. Het is verzorgd "
            "door juf {{first_name_female}}. Bel gerust naar {{phone_number}} als u "
            "vragen heeft.\n\nGroetjes, groep 5"
        ),
        (
            "CURRICULUM VITAE\n{{person}}\n{{street_name}} {{building_number}}, "
            "{{postcode}} {{city}}\n{{phone_number}} | {{email}}\n\nWerkervaring\n"
            "{{date}} – heden: teamleider logistiek bij {{organization}}"
        ),
        (
            "HUUROVEREENKOMST WOONRUIMTE\nDe ondergetekenden:\n1. {{person}}, hierna "
            "te noemen verhuurder;\n2. {{person2}}, wonende aan {{address}}, hierna te "
            "noemen huurder;\nverklaren dat de huur ingaat op {{date}} en € {{num}} "
            "per maand bedraagt, te voldoen op rekening {{iban}}."
        ),
        (
            "Schadeformulier\nVerzekeringnemer: {{person}}\nPolisnummer: {{num}}\n"
            "Datum schade: {{date}}\nOmschrijving: de tegenpartij ({{person2}}, tel. "
            "{{phone_number}}) reed bij het achteruitrijden tegen mijn linkerportier "
            "op de parkeerplaats van de Albert Heijn."
        ),
        (
            "Ticket #{{num}}\nKlant: {{person}}\nE-mail: {{email}}\nIP-adres: "
            "{{ip_address}}\nProbleem: kan sinds de update niet meer inloggen op het "
            "portaal, krijg steeds foutmelding 403."
        ),
        (
            "naam,email,telefoon,woonplaats\n"
            "{{person}},{{email}},{{phone_number}},{{city}}\n"
            "{{person2}},,{{phone_number}},{{city}}"
        ),
        (
            '{"klantnummer": "{{num}}", "naam": "{{person}}", "email": "{{email}}", '
            '"iban": "{{iban}}", "woonplaats": "{{city}}"}'
        ),
        (
            "Hoi! Met {{first_name}} hier, mijn nieuwe nummer is {{phone_number}}. Sla "
            "je t even op? Xx"
        ),
        (
            "transcriptie spraakbericht: ja hallo met {{person}}, ik bel even over de "
            "afspraak van donderdag, ehm, kunt u mij terugbellen op {{phone_number}}? "
            "alvast bedankt, doei"
        ),
        (
            "Wie neemt wat mee naar de barbecue:\n- {{first_name}}: salades\n- "
            "{{first_name_male}}: vlees en houtskool\n- {{first_name_female}}: "
            "toetjes\n- {{name_female}}: drank en ijs"
        ),
        (
            "{{first_name}}'s fiets is gisteren gestolen bij het station in Utrecht, "
            "hoe doe ik online aangifte bij de politie?"
        ),
        (
            "Kun je deze zin verbeteren: ik heb het rapport gisteren doorgestuurd naar "
            "{{person}}, maar hij heeft nog niks laten weten."
        ),
        (
            "{{first_name_male}} en ik willen volgend jaar samenwonen. Wat moeten we "
            "allemaal regelen qua huurcontract, zorgverzekering en gemeente? Groetjes "
            "van {{first_name_female}}"
        ),
        (
            "mijn buurman zegt dat ik hem moet bellen op {{phone_number}} als de "
            "pakketbezorger weer bij hem aanbelt, hoe zeg ik netjes dat dat niet nodig "
            "is?"
        ),
        (
            "kan je n brief maken voor mn huisbaas dhr {{last_name}}, de verwarming "
            "doet t al 2 weken niet en hij reageert nie op mn mails naar {{email}}"
        ),
        (
            "Geachte heer/mevrouw,\n\nMet veel interesse las ik uw vacature voor "
            "medewerker klantenservice. Graag solliciteer ik naar deze functie.\n\nMet "
            "vriendelijke groet,\n{{name_female}}\n{{address}}\n{{phone_number}}"
        ),
        (
            "Ik heb per ongeluk twee keer betaald met mijn creditcard "
            "{{credit_card_number}} bij {{organization}}. Hoe vraag ik het geld terug? "
            "Het ging om bestelling {{num}}."
        ),
        (
            "In onze serverlogs zie ik steeds mislukte inlogpogingen vanaf "
            "{{ip_address}} op het account {{email}}. Moet ik dat IP blokkeren in de "
            "firewall?"
        ),
        (
            "[{{time}}] {{first_name_female}}: ben je al onderweg?\n[{{time}}] "
            "{{first_name_male}}: ja sta nog in de file bij Amersfoort, over {{num}} "
            "min er\n[{{time}}] {{first_name}}: oke wij beginnen vast"
        ),
        (
            "Betreft: bezwaar parkeerboete\n\nGeachte heer, mevrouw,\n\n"
            "Ondergetekende, {{person}}, wonende aan de {{street_name}} "
            "{{building_number}} te {{city}}, maakt bezwaar tegen de naheffingsaanslag "
            "van {{date}} met kenmerk {{num}}."
        ),
        (
            "Ledenlijst JO11-2\n{{person}} – {{phone_number}}\n{{person2}} – "
            "{{phone_number}}\n{{name_male}} – {{email}}"
        ),
        (
            "Herinnering: uw afspraak bij tandartspraktijk {{organization}} is op "
            "{{date}} om {{time}}. Patiënt: {{name_male}}. Verhinderd? Bel "
            "{{phone_number}}."
        ),
        (
            "de moeder van {{first_name}} vroeg of ik zaterdag kan oppassen, maar ik "
            "heb al een verjaardag in {{city}}. hoe zeg ik nee zonder onbeleefd te zijn"
        ),
        ("Is dit adres goed geschreven voor een pakket naar België? {{person}}, {{address}}"),
        (
            "Aan wie het aangaat,\n\nHierbij verklaar ik dat {{person}} van {{date}} "
            "tot {{date}} als stagiair werkzaam is geweest bij {{organization}}. Hij "
            "was betrouwbaar en leergierig.\n\n{{person2}}\nHR-manager\n{{email}}"
        ),
        (
            "Hallo,\n\nDe lift in ons gebouw is al een week kapot. Ik woon op de "
            "vierde verdieping en kan met mijn knie nauwelijks traplopen.\n\nGroet,\n"
            "{{first_name_female}} {{last_name}}\n{{street_name}} {{building_number}}\n"
            "{{postcode}} {{city}}"
        ),
        (
            "Wil je {{num}} euro overmaken naar {{iban}} t.n.v. {{person}}? Dat is ons "
            "deel van de vakantiewoning in Zeeland."
        ),
        (
            "Aanmelding Open Dag {{organization}}\nVoornaam: {{first_name}}\n"
            "Achternaam: {{last_name}}\nE-mail: {{email}}\nAantal personen: {{num}}"
        ),
        (
            "Patiëntkaart dierenkliniek\nEigenaar: mw. {{last_name}}\nTel.: "
            "{{phone_number}}\nDier: kat, Europese korthaar, {{num}} jaar\nKlacht: eet "
            "slecht sinds {{date}}"
        ),
        (
            "Vertaal naar het Engels: 'Geachte dhr. {{last_name}}, uw bestelling wordt "
            "op {{date}} geleverd op {{address}}.'"
        ),
        (
            "kun je een korte samenvatting maken van dit gesprek met {{name_male}}? "
            "hij belde vanmiddag over de levering aan {{organization}} en wil voor "
            "vrijdag uitsluitsel. zijn mail is {{email}}"
        ),
    ],
    "pt": [
        (
            "olá, preciso de ajuda p escrever uma msg à {{first_name_female}} a pedir "
            "desculpa por ter faltado ao jantar de anos dela em {{city}}"
        ),
        (
            "Exmo. Sr. {{last_name}},\n\nAgradecemos o seu contacto. Em anexo segue a "
            "proposta comercial solicitada.\n\nCom os melhores cumprimentos,\n"
            "{{person}}\nDiretora Comercial\n{{organization}}\nTlm.: {{phone_number}}"
        ),
        (
            "---------- Mensagem encaminhada ---------\nDe: {{person}} <{{email}}>\n"
            "Data: {{date}}\nPara: {{person2}}\nAssunto: Orçamento obras cozinha\n\nVê "
            "isto quando puderes, ele quer começar ainda antes do verão."
        ),
        (
            "Nome completo: {{person}}\nData de nascimento: {{date}}\nMorada: "
            "{{street_name}}, {{building_number}}\nCódigo postal: {{postcode}} "
            "{{city}}\nTelemóvel: {{phone_number}}\nE-mail: {{email}}"
        ),
        (
            "FATURA N.º {{num}}\n{{organization}}\nData: {{date}}\n\nCliente: "
            "{{person}}\nMorada: {{address}}\n\nPagamento por transferência para o "
            "IBAN {{iban}} no prazo de 30 dias."
        ),
        (
            "Guia de remessa {{num}}\nDestinatário: {{name_male}}\n{{street_name}} "
            "{{building_number}}\n{{postcode}} {{city}}\nObs.: deixar na portaria se o "
            "cliente não estiver."
        ),
        (
            "REMETENTE: {{organization}}\nDESTINATÁRIO: {{person}}\n{{address}}\n"
            "CONTACTO: {{phone_number}}\nPeso: {{num}} kg — CTT Expresso"
        ),
        (
            "Ata da reunião de condomínio de {{date}}\nPresentes: {{person}} "
            "(administradora), {{person2}}, {{name_male}} e {{first_name_female}} "
            "{{last_name}}\n1. Aprovação das contas do ano anterior\n2. Obras no "
            "telhado: foram apresentados três orçamentos."
        ),
        (
            "Exma. Colega,\n\nEncaminho a Sra. {{last_name}}, de {{num}} anos, "
            "residente em {{city}}, para consulta de Dermatologia por lesão pigmentada "
            "no dorso com alteração recente de cor. Agradeço a sua avaliação.\n\nCom "
            "os melhores cumprimentos,\nDr.ª {{name_female}}\nUSF {{organization}}"
        ),
        (
            "Caros Encarregados de Educação,\n\nInformamos que o aluno "
            "{{first_name_male}} {{last_name}} se sentiu mal durante a aula de "
            "Educação Física e foi levado à enfermaria. Por favor contactem a escola "
            "pelo {{phone_number}}.\n\nA Diretora de Turma"
        ),
        (
            "CURRICULUM VITAE\n{{person}}\n{{address}}\n{{phone_number}} · {{email}}\n"
            "\nExperiência profissional\n{{date}} – presente: Técnica de contabilidade "
            "na {{organization}}, Braga"
        ),
        (
            "CONTRATO DE ARRENDAMENTO HABITACIONAL\nEntre {{person}}, na qualidade de "
            "senhorio, e {{person2}}, residente na {{street_name}}, n.º "
            "{{building_number}}, {{postcode}} {{city}}, na qualidade de arrendatário, "
            "é celebrado o presente contrato com início em {{date}} e renda mensal de "
            "{{num}} euros."
        ),
        (
            "Participação de sinistro automóvel\nTomador do seguro: {{person}}\n"
            "Apólice n.º {{num}}\nData do acidente: {{date}}, cerca das {{time}}\n"
            "Outro condutor: {{person2}}, telemóvel {{phone_number}}\nDescrição: "
            "embateu na traseira do meu carro na rotunda junto ao Continente."
        ),
        (
            "Pedido #{{num}}\nCliente: {{name_female}}\nE-mail: {{email}}\nEndereço "
            "IP: {{ip_address}}\nDescrição: desde ontem não consigo aceder à área de "
            "cliente, aparece sempre 'sessão expirada'."
        ),
        (
            "nome;email;telemovel;localidade\n"
            "{{person}};{{email}};{{phone_number}};{{city}}\n"
            "{{person2}};;{{phone_number}};{{city}}"
        ),
        (
            '{"id_cliente": {{num}}, "nome": "{{person}}", "email": "{{email}}", '
            '"iban": "{{iban}}", "cartao": "{{credit_card_number}}"}'
        ),
        (
            "Olá, é a {{first_name_female}}! Mudei de número, o novo é "
            "{{phone_number}}. Guarda aí sff 😊"
        ),
        (
            "transcrição de mensagem de voz: olá, fala {{person}}, estou a ligar por "
            "causa da marcação de quinta-feira, hã, pode ligar-me de volta para o "
            "{{phone_number}}? obrigado, boa tarde"
        ),
        (
            "Quem leva o quê para o piquenique de sábado:\n- {{first_name}}: saladas\n"
            "- {{first_name_male}}: bifanas e pão\n- {{first_name_female}}: "
            "sobremesas\n- {{name_male}}: bebidas"
        ),
        (
            "a mãe da {{first_name_female}} ligou-me a perguntar se posso ficar com os "
            "miúdos no domingo, como é que digo que não sem parecer mal-educada?"
        ),
        (
            "Podes corrigir esta frase? Enviei o relatório ontem ao {{name_male}}, mas "
            "ele ainda não respondeu."
        ),
        (
            "{{first_name_male}} e eu vamos casar em setembro. Que documentos temos de "
            "tratar na Conservatória do Registo Civil? Beijinhos, {{first_name_female}}"
        ),
        (
            "o meu vizinho disse para lhe ligar para o {{phone_number}} sempre que o "
            "estafeta deixar encomendas na porta dele, como lhe digo educadamente que "
            "não é preciso?"
        ),
        (
            "podes fazer uma carta pro meu senhorio o sr {{last_name}}? o esquentador "
            "ta avariado a 2 semanas e ele nao responde aos emails pra {{email}}"
        ),
        (
            "Exmos. Senhores,\n\nVenho por este meio candidatar-me à vaga de "
            "Assistente Administrativo publicada no vosso site.\n\nCom os melhores "
            "cumprimentos,\n{{name_male}}\n{{address}}\n{{phone_number}}"
        ),
        (
            "Paguei duas vezes com o cartão {{credit_card_number}} na loja online da "
            "{{organization}}. Como peço o reembolso da encomenda {{num}}?"
        ),
        (
            "Nos logs do servidor aparecem dezenas de tentativas de login a partir de "
            "{{ip_address}} na conta {{email}}. Devo bloquear este IP na firewall?"
        ),
        (
            "[{{time}}] {{first_name_female}}: já estás a caminho?\n[{{time}}] "
            "{{first_name_male}}: sim, mas a A1 está parada em Santarém\n[{{time}}] "
            "{{first_name}}: ok, guardamos-te um lugar"
        ),
        (
            "Assunto: Reclamação – fatura de eletricidade\n\nEu, {{person}}, residente "
            "na {{street_name}}, {{building_number}}, em {{city}}, venho contestar o "
            "valor da fatura de {{date}}, com o número de cliente {{num}}."
        ),
        (
            "Contactos da equipa de sub-12\n{{person}} – {{phone_number}}\n{{person2}} "
            "– {{phone_number}}\n{{name_female}} – {{email}}"
        ),
        (
            "Lembrete: a sua consulta na Clínica {{organization}} está marcada para "
            "{{date}} às {{time}}. Utente: {{name_female}}. Para desmarcar ligue "
            "{{phone_number}}."
        ),
        (
            "o carro do {{first_name_male}} avariou outra vez na Ponte 25 de Abril, "
            "como é que se aciona a assistência em viagem da Fidelidade?"
        ),
        ("Esta morada está bem escrita para enviar uma carta registada? {{person}}, {{address}}"),
        (
            "DECLARAÇÃO\n\nPara os devidos efeitos, declara-se que {{person}} exerceu "
            "funções de rececionista na {{organization}} entre {{date}} e {{date}}, "
            "demonstrando sempre profissionalismo.\n\n{{person2}}\nDiretora de "
            "Recursos Humanos\n{{email}}"
        ),
        (
            "Boa tarde,\n\nO elevador do prédio está avariado há uma semana e moro no "
            "5.º andar. Já liguei várias vezes à administração sem resposta.\n\n"
            "Cumprimentos,\n{{first_name_female}} {{last_name}}\n{{street_name}} "
            "{{building_number}}\n{{postcode}} {{city}}"
        ),
        (
            "Consegues transferir {{num}} € para o IBAN {{iban}}, em nome de "
            "{{person}}? É a nossa parte da casa no Algarve."
        ),
        (
            "Inscrição – Workshop de Cerâmica\nNome: {{first_name}}\nApelido: "
            "{{last_name}}\nE-mail: {{email}}\nN.º de participantes: {{num}}"
        ),
        (
            "Ficha clínica veterinária\nTutor: Sra. {{last_name}}\nContacto: "
            "{{phone_number}}\nAnimal: cão, Serra da Estrela, {{num}} anos\nMotivo: "
            "coxeia da pata traseira desde {{date}}"
        ),
        (
            "Traduz para inglês: «Caro Sr. {{last_name}}, a sua encomenda será "
            "entregue no dia {{date}} na morada {{address}}.»"
        ),
        (
            "faz-me um resumo desta chamada com o {{person}}: ligou hoje à tarde por "
            "causa da entrega à {{organization}} e quer resposta até sexta. o email "
            "dele é {{email}}"
        ),
    ],
}
# language -> sentences without personal data
NEGATIVE_THIRD: dict[str, list[str]] = {
    "de": [
        (
            "Sehr geehrte Damen und Herren,\nich möchte meine Bestellung Nr. {{num}} "
            "vom {{date}} stornieren, da die Lieferung bis heute nicht angekommen "
            "ist.\nMit freundlichen Grüßen"
        ),
        (
            "Was ist der Unterschied zwischen einer GmbH und einer UG? Wir wollen mit "
            "{{organization}} in Hamburg ein Start-up gründen."
        ),
        (
            "Formular A12\nAntragsart: Verlängerung\nBehörde: Bürgeramt Mitte, Berlin\n"
            "Aktenzeichen: {{num}}\nEingangsdatum: {{date}}\nBearbeitungsstatus: offen"
        ),
        (
            "Hallo zusammen,\ndas Sommerfest findet am {{date}} ab {{time}} Uhr im "
            "Biergarten am Chinesischen Turm statt. Bitte meldet euch bis Freitag an.\n"
            "Viele Grüße\nEuer Orga-Team"
        ),
        (
            "wie lange fährt man mit dem ICE von Köln nach München und lohnt sich die "
            "BahnCard 25 überhaupt?"
        ),
        (
            "Ihre Bestellung bei {{organization}} wurde versandt.\nBestellnummer: "
            "{{num}}\nArtikel: Bosch Akkuschrauber GSR 12V\nVoraussichtliche "
            "Zustellung: {{date}}\nIhr Kundenservice-Team"
        ),
        (
            "Kannst du mir erklären, wie die Grundsteuerreform in Nordrhein-Westfalen "
            "funktioniert und was sich ab Januar für Eigentümer ändert?"
        ),
        (
            "Tagesordnung Betriebsversammlung {{date}}\n1. Bericht der "
            "Geschäftsführung\n2. Jahresabschluss\n3. Umzug nach Stuttgart-Vaihingen\n"
            "4. Verschiedenes"
        ),
        (
            "Sehr geehrte Kundin, sehr geehrter Kunde,\naufgrund von Wartungsarbeiten "
            "ist das Online-Banking am {{date}} zwischen {{time}} und 6 Uhr nicht "
            "erreichbar.\nIhre Sparkasse"
        ),
        (
            "Rechnung {{num}}\nPosition 1: Wartung Heizungsanlage Viessmann Vitodens, "
            "1 Std.\nPosition 2: Dichtungssatz\nGesamtbetrag: {{num}} EUR\nZahlbar "
            "innerhalb von 14 Tagen ohne Abzug."
        ),
        (
            "Welche Museen in Dresden haben am Ostermontag geöffnet? Wir sind mit der "
            "Schulklasse aus Leipzig unterwegs."
        ),
        (
            "Support-Ticket #{{num}}\nProdukt: Microsoft Teams\nKategorie: Audio\n"
            "Beschreibung: Seit dem letzten Update wird das Headset nicht mehr "
            "erkannt. Betriebssystem Windows 11.\nPriorität: mittel"
        ),
    ],
    "fr": [
        (
            "Bonjour,\nJe souhaite annuler ma commande n° {{num}} passée le {{date}}, "
            "le colis n'est jamais arrivé.\nCordialement"
        ),
        (
            "Quelle est la différence entre une SAS et une SARL ? On veut créer une "
            "start-up à Nantes avec {{organization}}."
        ),
        (
            "Formulaire Cerfa n° {{num}}\nType de demande : renouvellement\nService : "
            "Préfecture du Rhône\nDate de dépôt : {{date}}\nStatut : en cours "
            "d'instruction"
        ),
        (
            "Bonjour à tous,\nLe pot de fin d'année aura lieu le {{date}} à {{time}} "
            "dans la salle Bretagne au 3e étage. Merci de confirmer avant jeudi.\n"
            "L'équipe RH"
        ),
        (
            "combien de temps en TGV entre Paris et Marseille, et est-ce que la carte "
            "Avantage vaut vraiment le coup ?"
        ),
        (
            "Votre commande {{organization}} a été expédiée.\nNuméro de commande : "
            "{{num}}\nArticle : Aspirateur Dyson V15\nLivraison prévue : {{date}}\nLe "
            "service client"
        ),
        (
            "Tu peux m'expliquer comment fonctionne la déclaration de revenus sur "
            "impots.gouv quand on est auto-entrepreneur en Île-de-France ?"
        ),
        (
            "Ordre du jour – Assemblée générale du {{date}}\n1. Rapport moral\n2. "
            "Rapport financier\n3. Élection du bureau\n4. Questions diverses"
        ),
        (
            "Chère cliente, cher client,\nEn raison d'une opération de maintenance, "
            "votre espace en ligne sera indisponible le {{date}} de {{time}} à 6 h.\n"
            "Votre Crédit Agricole"
        ),
        (
            "Facture n° {{num}}\nLigne 1 : Entretien chaudière Saunier Duval\nLigne 2 "
            ": Remplacement du joint\nTotal TTC : {{num}} €\nPaiement à 30 jours fin "
            "de mois."
        ),
        (
            "Quels musées sont ouverts à Bordeaux le lundi de Pâques ? On vient avec "
            "une classe de 5e de Toulouse."
        ),
        (
            "Ticket #{{num}}\nProduit : Google Workspace\nCatégorie : Messagerie\n"
            "Description : Les pièces jointes de plus de 20 Mo ne partent plus depuis "
            "le {{date}}.\nPriorité : haute"
        ),
    ],
    "es": [
        (
            "¿Cuál es la diferencia entre el IVA general y el reducido en España para "
            "un bar de tapas?"
        ),
        (
            "Estimado cliente:\nLe informamos de que su pedido {{num}} ha sido enviado "
            "el {{date}}. Puede consultar el seguimiento en nuestra web.\nUn saludo,\n"
            "El equipo de Atención al Cliente de {{organization}}"
        ),
        (
            "Formulario de inscripción – Feria de Abril\nCategoría: Caseta familiar\n"
            "Fecha de solicitud: {{date}}\nNúmero de socios: {{num}}\nObservaciones: "
            "ninguna"
        ),
        (
            "Necesito un itinerario de cinco días por Andalucía: Sevilla, Córdoba, "
            "Granada y Málaga, viajando en AVE desde Madrid en Semana Santa."
        ),
        (
            "Acta de la reunión del Departamento de Marketing, {{date}}\nPuntos "
            "tratados: campaña de Navidad, presupuesto para redes sociales y nuevo "
            "logotipo.\nPróxima reunión: martes a las {{time}}."
        ),
        (
            "Factura Nº {{num}}\nConcepto: Licencia anual Microsoft 365 Business\n"
            "Importe: {{num}} €\nForma de pago: transferencia bancaria\nEmitida por "
            "{{organization}}"
        ),
        (
            "me puedes explicar como funciona la declaracion de la renta si trabajo en "
            "Portugal pero vivo en Badajoz?? gracias"
        ),
        (
            "Ticket #{{num}}\nEstado: Abierto\nPrioridad: Alta\nDescripción: la app se "
            "cierra al abrir la pestaña Pedidos en Android 14.\nAsignado a: Equipo de "
            "Soporte Nivel 2"
        ),
        (
            "producto,precio,stock\nCafetera Nespresso Vertuo,149,12\nTostadora "
            "Cecotec,35,40\nBatidora Moulinex,59,8\n¿cuál deja más margen si el coste "
            "es el 60 %?"
        ),
        (
            "¿Qué documentos pide la Seguridad Social para solicitar el permiso por "
            "nacimiento? Vivo en la Comunidad de Madrid."
        ),
        (
            '{"pedido": "{{num}}", "estado": "enviado", "transportista": "SEUR", '
            '"fecha": "{{date}}"}\n¿cómo accedo al campo estado en JavaScript?'
        ),
        (
            "Buenos días:\nOs recuerdo que el Día de la Hispanidad la oficina de "
            "Valencia permanecerá cerrada. ¡Feliz puente a todos!\nDepartamento de "
            "Recursos Humanos"
        ),
    ],
    "it": [
        (
            "Qual è la differenza tra regime forfettario e regime ordinario per un "
            "freelance con partita IVA a Milano?"
        ),
        (
            "Gentile cliente,\nla informiamo che l'ordine n. {{num}} è stato spedito "
            "il {{date}} tramite BRT.\nCordiali saluti,\nServizio Clienti "
            "{{organization}}"
        ),
        (
            "Modulo richiesta ferie\nReparto: Logistica\nPeriodo: dal {{date}} al "
            "{{date}}\nGiorni richiesti: {{num}}\nApprovato da: Ufficio Personale"
        ),
        (
            "mi organizzi un giro di una settimana in Puglia? pensavo Bari, "
            "Alberobello, Lecce e Otranto, a fine giugno, in macchina"
        ),
        (
            "Verbale riunione Ufficio Tecnico, {{date}}\nArgomenti: migrazione a SAP "
            "S/4HANA, nuovo fornitore di stampanti, piano ferie di agosto.\nProssimo "
            "incontro: mercoledì ore {{time}}."
        ),
        (
            "Ticket #{{num}}\nStato: In lavorazione\nCategoria: Fatturazione "
            "elettronica\nDescrizione: lo SDI scarta le fatture con codice errore "
            "00305.\nAssegnato a: Team Supporto Contabilità"
        ),
        (
            "codice,prodotto,prezzo\nA12,Moka Bialetti 6 tazze,29.90\nB07,Pasta De "
            "Cecco 1kg,2.10\nC33,Olio Monini 1L,11.50\ncalcola l'IVA al 22% su ogni "
            "riga"
        ),
        (
            "come si fa il cambio di residenza se mi trasferisco da Napoli a Torino? "
            "bisogna andare all'Anagrafe di persona?"
        ),
        (
            '{"ordine": "{{num}}", "stato": "consegnato", "corriere": "GLS", "data": '
            '"{{date}}"}\ncome lo deserializzo in Java con Jackson?'
        ),
        (
            "Buongiorno a tutti,\nvi ricordo che a Ferragosto la sede di Firenze "
            "resterà chiusa. Buone vacanze!\nUfficio Risorse Umane"
        ),
        (
            "Offerta Black Friday: Samsung Galaxy S24 a {{num}} € invece di {{num}} €, "
            "solo fino a domenica su MediaWorld. conviene o aspetto Natale?"
        ),
        (
            "Spett.le {{organization}},\ncon la presente chiediamo un preventivo per "
            "la fornitura di {{num}} sedie ergonomiche per la sede di Verona.\nIn "
            "attesa di riscontro, porgiamo distinti saluti.\nUfficio Acquisti"
        ),
    ],
    "nl": [
        (
            "Kun je uitleggen wat het verschil is tussen een bv en een eenmanszaak bij "
            "de Kamer van Koophandel? Ik wil per {{date}} starten als zzp'er."
        ),
        (
            "Beste klant,\n\nUw bestelling {{num}} is verzonden en wordt naar "
            "verwachting op {{date}} bezorgd door PostNL.\n\nMet vriendelijke groet,\n"
            "Team Klantenservice {{organization}}"
        ),
        (
            "Naam: ______\nAdres: ______\nTelefoon: ______\nHandtekening: ______\n\n"
            "Kun je dit formulier omzetten naar een nette tabel in Word?"
        ),
        (
            "Wat zijn leuke dagjes uit in Nederland met kinderen? We dachten aan de "
            "Efteling of Diergaarde Blijdorp, maar dat is best duur in de meivakantie."
        ),
        (
            "Notulen MR-vergadering {{date}}\nAanwezig: alle leden behalve de "
            "secretaris\n1. Vaststellen agenda\n2. Schoolgids {{num}}\n3. Rondvraag: "
            "geen punten"
        ),
        (
            "Factuur {{num}}\nLeverancier: {{organization}}\nOmschrijving: onderhoud "
            "cv-ketel\nBedrag: € {{num}} incl. btw\nVervaldatum: {{date}}"
        ),
        (
            "hoe laat gaat de laatste trein van Amsterdam Centraal naar Groningen op "
            "Koningsdag? en rijdt de NS dan volgens de zondagsdienstregeling?"
        ),
        (
            "Bedankt voor uw melding. Ons technische team onderzoekt de storing in de "
            "regio Rotterdam-Zuid. Verwachte oplostijd: {{time}}.\n\nServicedesk "
            "{{organization}}"
        ),
        (
            "productcode,omschrijving,voorraad,prijs\n{{num}},Philips Hue "
            "lamp,{{num}},24.99\n{{num}},IKEA Billy boekenkast,{{num}},59.00"
        ),
        (
            '{"order_id": "{{num}}", "status": "verzonden", "vervoerder": "DHL", '
            '"verwacht": "{{date}}", "magazijn": "Tilburg"}'
        ),
        (
            "Schrijf een vacaturetekst voor een junior data-analist bij "
            "{{organization}} in Eindhoven, hybride werken, 32-40 uur, salaris volgens "
            "cao."
        ),
        (
            "Gemeente Den Haag: in verband met werkzaamheden is de binnenstad rond het "
            "Binnenhof van {{date}} tot en met {{date}} afgesloten voor autoverkeer."
        ),
    ],
    "pt": [
        (
            "Qual é a diferença entre abrir atividade nas Finanças como trabalhador "
            "independente e criar uma Unipessoal Lda.? Quero começar a {{date}}."
        ),
        (
            "Caro cliente,\n\nA sua encomenda n.º {{num}} foi expedida e será entregue "
            "pelos CTT até {{date}}.\n\nCom os melhores cumprimentos,\nEquipa de Apoio "
            "ao Cliente\n{{organization}}"
        ),
        (
            "Nome: ______\nMorada: ______\nTelefone: ______\nAssinatura: ______\n\n"
            "Podes transformar este formulário numa tabela bonita no Word?"
        ),
        (
            "Que sítios bons há para visitar no Alentejo com crianças? Pensámos em "
            "Évora e Monsaraz mas não sabemos onde ficar na Páscoa."
        ),
        (
            "Ata n.º {{num}} da Associação de Pais\nData: {{date}}\nPresentes: todos "
            "os membros da direção, exceto o tesoureiro\nOrdem de trabalhos: 1. Festa "
            "de Natal 2. Visita de estudo ao Oceanário 3. Outros assuntos"
        ),
        (
            "Fatura {{num}}\nFornecedor: {{organization}}\nDescrição: manutenção do ar "
            "condicionado\nValor: {{num}} € (IVA incluído)\nData de vencimento: "
            "{{date}}"
        ),
        (
            "a que horas sai o último comboio de Lisboa Santa Apolónia para o Porto "
            "Campanhã no feriado de 25 de Abril? a CP faz horário de domingo?"
        ),
        (
            "Obrigado pelo seu contacto. A nossa equipa técnica está a analisar a "
            "avaria na zona de Setúbal. Previsão de resolução: {{time}}.\n\nLinha de "
            "Apoio {{organization}}"
        ),
        (
            "referencia;descricao;stock;preco\n{{num}};Bimby TM6;{{num}};1399.00\n"
            "{{num}};Cadeirão IKEA Poäng;{{num}};99.00"
        ),
        (
            '{"encomenda": "{{num}}", "estado": "em trânsito", "transportadora": '
            '"DPD", "previsao": "{{date}}", "armazem": "Alverca"}'
        ),
        (
            "Escreve um anúncio de emprego para um programador júnior na "
            "{{organization}}, em Aveiro, regime híbrido, 40 horas semanais, com "
            "seguro de saúde."
        ),
        (
            "Aviso: devido a obras na Baixa do Porto, a circulação automóvel estará "
            "condicionada entre {{date}} e {{date}}, das {{time}} às {{time}}. Pedimos "
            "desculpa pelo incómodo.\nCâmara Municipal"
        ),
    ],
}
