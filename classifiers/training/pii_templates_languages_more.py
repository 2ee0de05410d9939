"""Additional hand-written TRAINING templates for the Prism PII token tagger in six European
languages (de, fr, es, it, nl, pt), written 2026-12-01 by a second engineer who read no
evaluation set and no other training file. POSITIVE_MORE holds 30 templates per language that
contain personal data placeholders ({{person}}, {{person2}}, {{first_name}}, {{last_name}},
{{first_name_female}}, {{address}}, {{street_name}} {{building_number}}, {{postcode}},
{{phone_number}}, {{email}}, {{iban}}) in deliberately varied shapes: forwarded e-mails with
greeting and signature, lower-case chat, CRM and ticket notes, labelled form fields on separate
lines, meeting minutes, shipping labels, reference letters, names after titles, in the genitive
or after prepositions, names as first or last word, and addresses both in running text and as
blocks. NEGATIVE_MORE holds 10 templates per language without personal data but with many
capitalised nouns, months, weekdays, brands, historical events, famous places, generic street
words and job titles, so the tagger learns that a capitalised word is not automatically a name.
{{city}}, {{date}}, {{time}}, {{num}} and {{organization}} are fillers, not personal data.
"""

from __future__ import annotations

POSITIVE_MORE: dict[str, list[str]] = {
    "de": [
        (
            "Hallo zusammen,\nanbei die Nachricht von {{person}}.\n\n"
            "---------- Weitergeleitete Nachricht ----------\n"
            "Von: {{email}}\nBetreff: Umzug\n\n"
            "Ich wohne ab {{date}} in der {{street_name}} {{building_number}}, "
            "{{postcode}} {{city}}.\n\nViele Grüße\n{{first_name}}"
        ),
        "hey kannst du {{first_name_female}} mal fragen ob sie morgen auch kommt",
        (
            "Ticket #{{num}}: Kunde {{person}} meldet, dass die Lieferung an {{address}} "
            "nicht angekommen ist. Rückruf unter {{phone_number}}."
        ),
        (
            "Name: {{person}}\nAdresse: {{street_name}} {{building_number}}\n"
            "PLZ/Ort: {{postcode}} {{city}}\nTelefon: {{phone_number}}"
        ),
        (
            "Protokoll vom {{date}}\n"
            "Anwesend: {{person}}, {{person2}}, {{first_name_female}} {{last_name}}\n"
            "TOP 1: Budget für {{organization}}"
        ),
        (
            "Absender:\n{{person}}\n{{street_name}} {{building_number}}\n{{postcode}} {{city}}\n\n"
            "Empfänger:\n{{organization}}\nz. Hd. {{person2}}"
        ),
        (
            "Sehr geehrte Damen und Herren,\nhiermit bestätige ich, dass Frau {{last_name}} "
            "vom {{date}} bis {{date}} in unserem Team als Projektleiterin tätig war. "
            "Wir haben sie als zuverlässige Kollegin geschätzt.\n"
            "Mit freundlichen Grüßen\nDr. {{person2}}"
        ),
        "Das Paket liegt noch bei {{last_name}}s im Flur.",
        "Gestern habe ich lange mit {{first_name}} telefoniert.",
        (
            "{{person}} hat die Rechnung noch nicht bezahlt, "
            "bitte die Mahnung an {{email}} schicken."
        ),
        (
            "Termin bei Dr. {{last_name}} am {{date}} um {{time}} Uhr, "
            "Praxis in der {{street_name}} {{building_number}}."
        ),
        "Bitte überweisen Sie den Betrag auf das Konto von Herrn {{person}}, IBAN {{iban}}.",
        "wer war nochmal dieser herr {{last_name}} aus der buchhaltung",
        "Prof. {{last_name}} hält die Vorlesung am Dienstag im Hörsaal {{num}}.",
        "Wir treffen uns bei {{first_name}} zu Hause, {{address}}.",
        "Kontoinhaber: {{person}}\nIBAN: {{iban}}\nVerwendungszweck: Miete {{date}}",
        (
            "Notiz CRM: Anruf von Frau {{person}} ({{phone_number}}), möchte ihren Vertrag "
            "kündigen. Wiedervorlage {{date}}."
        ),
        "Meine neue Adresse lautet {{street_name}} {{building_number}}, {{postcode}} {{city}}.",
        "Schick das bitte an {{address}}, das ist die Wohnung meiner Schwester.",
        (
            "Laut Grundbuch gehört das Haus in der {{street_name}} {{building_number}} "
            "seit {{date}} der Familie {{last_name}}."
        ),
        "{{first_name_female}}s Geburtstagsfeier ist am Samstag, bring bitte einen Kuchen mit.",
        (
            "Lieber {{first_name}},\n\ndanke für deine Hilfe beim Umzug! Wir wohnen jetzt in der "
            "{{street_name}} {{building_number}}.\n\nLiebe Grüße\n{{first_name_female}}"
        ),
        "Rückfragen bitte an Herrn {{last_name}} unter {{phone_number}} oder {{email}}.",
        (
            "Zeuge: {{person}}, wohnhaft {{address}}, gab an, den Unfall gegen {{time}} Uhr "
            "beobachtet zu haben."
        ),
        "ok dann frag ich {{person}} ob er uns das auto leiht",
        "Laut Herrn {{last_name}} ist die Sache mit {{organization}} inzwischen erledigt.",
        (
            "Bewerbung von {{person}} eingegangen, Unterlagen an {{person2}} zur Prüfung "
            "weitergeleitet."
        ),
        (
            "Lieferadresse geändert: jetzt {{street_name}} {{building_number}}, "
            "{{postcode}} {{city}}, 2. OG links."
        ),
        (
            "Im Meeting haben {{first_name}}, {{first_name_female}} und Frau {{last_name}} "
            "den Zeitplan für den {{date}} besprochen."
        ),
        "Der Schlüssel liegt beim Hausmeister, fragen Sie nach {{person}}.",
    ],
    "fr": [
        (
            "Bonjour,\n\nJe vous transfère le message de Mme {{last_name}}.\n\n"
            "-----Message d'origine-----\nDe : {{email}}\nObjet : Changement d'adresse\n\n"
            "Ma nouvelle adresse est le {{building_number}} {{street_name}}, "
            "{{postcode}} {{city}}.\n\nCordialement,\n{{person}}"
        ),
        "tu peux demander à {{first_name_female}} si elle passe ce soir",
        (
            "Note client : M. {{person}} a appelé le {{date}}, il attend toujours son "
            "remboursement. Rappeler au {{phone_number}}."
        ),
        (
            "Nom : {{last_name}}\nPrénom : {{first_name}}\n"
            "Adresse : {{building_number}} {{street_name}}\n"
            "Code postal : {{postcode}}\nVille : {{city}}"
        ),
        (
            "Compte rendu de la réunion du {{date}}\n"
            "Présents : {{person}}, {{person2}}, Mme {{last_name}}\n"
            "Ordre du jour : bilan {{organization}}"
        ),
        (
            "Colissimo\nDestinataire : {{person}}\n{{building_number}} {{street_name}}\n"
            "{{postcode}} {{city}}\nTél. : {{phone_number}}"
        ),
        (
            "Je soussigné, {{person}}, directeur de {{organization}}, certifie que "
            "Mme {{first_name_female}} {{last_name}} a travaillé dans notre service du {{date}} "
            "au {{date}}. Elle a toujours fait preuve d'un grand sérieux."
        ),
        "On dîne chez {{first_name}} samedi, il habite au {{building_number}} {{street_name}}.",
        "J'ai croisé ton ancien prof au marché, tu sais, M. {{last_name}}.",
        (
            "{{first_name_female}} a oublié son parapluie chez nous, "
            "au {{building_number}} {{street_name}}."
        ),
        "Le Dr {{last_name}} consulte le mardi au {{address}}.",
        "Merci de virer le loyer sur le compte de {{person}} : IBAN {{iban}}.",
        (
            "c'est qui la nouvelle stagiaire {{first_name_female}} {{last_name}} elle est dans "
            "quelle équipe"
        ),
        "Le professeur {{last_name}} présentera ses travaux lors du colloque de {{city}}.",
        "Livraison à effectuer au {{address}}, sonner deux fois.",
        "Titulaire du compte : {{person}}\nIBAN : {{iban}}\nBanque : {{organization}}",
        (
            "Ticket {{num}} — Mme {{person}} signale une panne de chauffage depuis le {{date}}. "
            "Joignable au {{phone_number}} ou par mail : {{email}}."
        ),
        (
            "Je déménage le mois prochain au {{building_number}} {{street_name}}, "
            "{{postcode}} {{city}}."
        ),
        "Les clés sont chez la gardienne, demandez {{person}}.",
        "La voiture de {{first_name}} est encore au garage depuis lundi.",
        (
            "Chère {{first_name_female}},\n\nmerci pour ton accueil à {{city}} ! "
            "On se revoit bientôt.\n\nBises,\n{{first_name}}"
        ),
        "Pour toute question, contactez M. {{last_name}} au {{phone_number}}.",
        ("Témoin : {{person}}, domicilié {{address}}, déclare avoir vu le véhicule vers {{time}}."),
        "ok je demande à {{person}} de nous prêter sa tente",
        "D'après Mme {{last_name}}, le dossier {{organization}} est clos.",
        "Candidature de {{person}} reçue, transmise à {{person2}} pour avis.",
        (
            "Adresse de facturation modifiée : {{building_number}} {{street_name}}, "
            "{{postcode}} {{city}}, bâtiment B."
        ),
        (
            "Réunion d'équipe : {{first_name}}, {{first_name_female}} et M. {{last_name}} "
            "ont validé le planning."
        ),
        "Envoyez le devis à {{email}} avant vendredi, au nom de {{person}}.",
        (
            "Le chat des {{last_name}} s'est encore échappé par la fenêtre du "
            "{{building_number}} {{street_name}}."
        ),
    ],
    "es": [
        (
            "Hola a todos:\n\nOs reenvío el correo de {{person}}.\n\n"
            "---------- Mensaje reenviado ----------\nDe: {{email}}\n"
            "Asunto: Cambio de domicilio\n\n"
            "Desde el {{date}} vivo en {{street_name}} {{building_number}}, "
            "{{postcode}} {{city}}.\n\nUn saludo,\n{{first_name}}"
        ),
        "oye pregúntale a {{first_name_female}} si viene mañana al cumple",
        (
            "Nota CRM: llamó la Sra. {{last_name}} el {{date}}, quiere dar de baja el contrato. "
            "Devolver la llamada al {{phone_number}}."
        ),
        (
            "Nombre: {{person}}\nDirección: {{street_name}} {{building_number}}\n"
            "Código postal: {{postcode}}\nLocalidad: {{city}}\nTeléfono: {{phone_number}}"
        ),
        (
            "Acta de la reunión del {{date}}\n"
            "Asistentes: {{person}}, {{person2}} y Dña. {{first_name_female}} {{last_name}}\n"
            "Tema: presupuesto de {{organization}}"
        ),
        (
            "ENVÍO URGENTE\nDestinatario: {{person}}\n"
            "{{street_name}} {{building_number}}, 3.º B\n"
            "{{postcode}} {{city}}"
        ),
        (
            "A quien corresponda:\nPor la presente certifico que D. {{person}} trabajó en "
            "{{organization}} desde el {{date}} hasta el {{date}}, demostrando siempre "
            "responsabilidad y buen trato con los clientes.\nAtentamente,\n{{person2}}"
        ),
        "Esta noche cenamos en casa de {{first_name}}, en {{street_name}} {{building_number}}.",
        "El libro que buscas lo tiene ahora mi vecina {{first_name_female}}.",
        "{{person}} dejó las llaves en la recepción antes de irse.",
        ("Cita con el Dr. {{last_name}} el {{date}} a las {{time}} en la consulta de {{address}}."),
        "Por favor, haz la transferencia a nombre de {{person}}, IBAN {{iban}}.",
        "quien es el sr {{last_name}} ese que llamó esta mañana",
        "La Prof. {{last_name}} imparte la clase de Historia los jueves.",
        "Mándalo a {{address}}, es el piso de mi hermano.",
        "Titular de la cuenta: {{person}}\nIBAN: {{iban}}\nConcepto: alquiler de {{date}}",
        (
            "Incidencia {{num}}: la Sra. {{person}} indica que el paquete no llegó. "
            "Contacto: {{phone_number}} / {{email}}."
        ),
        "Mi nueva dirección es {{street_name}} {{building_number}}, {{postcode}} {{city}}.",
        "Si tienes dudas, pregunta por {{person}}.",
        (
            "El coche de {{first_name}} sigue aparcado en {{street_name}} {{building_number}} "
            "desde el lunes."
        ),
        (
            "Querida {{first_name_female}}:\n\nGracias por todo lo de ayer, de verdad.\n\n"
            "Un abrazo,\n{{first_name}}"
        ),
        "Para cualquier consulta, llame al Sr. {{last_name}} al {{phone_number}}.",
        (
            "El testigo, {{person}}, con domicilio en {{address}}, declaró haber oído "
            "un ruido a las {{time}}."
        ),
        "vale le digo a {{person}} que nos deje la furgoneta",
        "Según la Sra. {{last_name}}, el asunto con {{organization}} ya está resuelto.",
        (
            "Dirección de entrega actualizada: {{street_name}} {{building_number}}, "
            "{{postcode}} {{city}}, portal 2."
        ),
        (
            "En la reunión, {{first_name}}, {{first_name_female}} y el Sr. {{last_name}} "
            "acordaron el calendario."
        ),
        "Envíe la factura a {{email}} a nombre de {{person}}.",
        (
            "El perro de los {{last_name}} ladra toda la noche en "
            "{{street_name}} {{building_number}}."
        ),
        "Hemos quedado con {{person}} y {{person2}} en la puerta del cine.",
    ],
    "it": [
        (
            "Ciao a tutti,\n\nvi inoltro la mail di {{person}}.\n\n"
            "---------- Messaggio inoltrato ----------\nDa: {{email}}\nOggetto: Trasloco\n\n"
            "Dal {{date}} abito in {{street_name}} {{building_number}}, "
            "{{postcode}} {{city}}.\n\nA presto,\n{{first_name}}"
        ),
        "senti chiedi a {{first_name_female}} se stasera viene anche lei",
        (
            "Nota CRM: ha chiamato la Sig.ra {{last_name}} il {{date}}, vuole disdire "
            "l'abbonamento. Richiamare al {{phone_number}}."
        ),
        (
            "Nome: {{first_name}}\nCognome: {{last_name}}\n"
            "Indirizzo: {{street_name}} {{building_number}}\nCAP: {{postcode}}\nCittà: {{city}}"
        ),
        (
            "Verbale riunione del {{date}}\n"
            "Presenti: {{person}}, {{person2}}, Dott. {{last_name}}\n"
            "Argomento: bilancio {{organization}}"
        ),
        (
            "Spett.le\n{{person}}\n{{street_name}} {{building_number}}\n"
            "{{postcode}} {{city}}\nTel. {{phone_number}}"
        ),
        (
            "Con la presente si attesta che la Dott.ssa {{first_name_female}} {{last_name}} "
            "ha lavorato presso {{organization}} dal {{date}} al {{date}}, distinguendosi per "
            "competenza e affidabilità.\nDistinti saluti,\n{{person2}}"
        ),
        "Sabato si cena da {{first_name}}, abita in {{street_name}} {{building_number}}.",
        "Il libro che cerchi ce l'ha la mia vicina, la signora {{last_name}}.",
        "{{person}} ha lasciato le chiavi in portineria prima di partire.",
        ("Visita dal Dott. {{last_name}} il {{date}} alle {{time}}, studio in {{address}}."),
        "Fai il bonifico intestato a {{person}}, IBAN {{iban}}, causale affitto.",
        "ma chi è quel sig. {{last_name}} che ha chiamato stamattina",
        "Il Prof. {{last_name}} ha spostato l'esame di Diritto Privato a giovedì.",
        "Spediscilo a {{address}}, è la casa di mia sorella.",
        "Intestatario: {{person}}\nIBAN: {{iban}}\nBanca: {{organization}}",
        (
            "Ticket {{num}}: il Sig. {{person}} segnala che il pacco non è arrivato. "
            "Recapiti: {{phone_number}}, {{email}}."
        ),
        "Il mio nuovo indirizzo è {{street_name}} {{building_number}}, {{postcode}} {{city}}.",
        "Per informazioni rivolgetevi a {{person}}.",
        (
            "La macchina di {{first_name}} è ancora parcheggiata in "
            "{{street_name}} {{building_number}}."
        ),
        (
            "Cara {{first_name_female}},\n\ngrazie di cuore per l'ospitalità a {{city}}.\n\n"
            "Un abbraccio,\n{{first_name}}"
        ),
        "Per qualsiasi domanda contattare il Sig. {{last_name}} al numero {{phone_number}}.",
        (
            "Il testimone {{person}}, residente in {{address}}, dichiara di aver sentito "
            "delle urla verso le {{time}}."
        ),
        "ok allora chiedo a {{person}} se ci presta il furgone",
        "Secondo la Sig.ra {{last_name}} la pratica con {{organization}} è chiusa.",
        (
            "Indirizzo di consegna aggiornato: {{street_name}} {{building_number}}, "
            "{{postcode}} {{city}}, scala C."
        ),
        (
            "Alla riunione {{first_name}}, {{first_name_female}} e l'Ing. {{last_name}} "
            "hanno approvato il calendario."
        ),
        "Mandate il preventivo a {{email}} intestato a {{person}}.",
        (
            "Il cane dei {{last_name}} abbaia tutta la notte, abitano in "
            "{{street_name}} {{building_number}}."
        ),
        "Domani pomeriggio ho appuntamento da {{person}} per il taglio.",
    ],
    "nl": [
        (
            "Hoi allemaal,\n\nHierbij het doorgestuurde bericht van {{person}}.\n\n"
            "---------- Doorgestuurd bericht ----------\nVan: {{email}}\n"
            "Onderwerp: Verhuizing\n\n"
            "Vanaf {{date}} woon ik op {{street_name}} {{building_number}}, "
            "{{postcode}} {{city}}.\n\nGroetjes,\n{{first_name}}"
        ),
        "kun je aan {{first_name_female}} vragen of ze morgen ook komt",
        (
            "CRM-notitie: mevrouw {{last_name}} belde op {{date}}, wil haar abonnement "
            "opzeggen. Terugbellen op {{phone_number}}."
        ),
        (
            "Naam: {{person}}\nAdres: {{street_name}} {{building_number}}\n"
            "Postcode: {{postcode}}\nWoonplaats: {{city}}\nTelefoon: {{phone_number}}"
        ),
        (
            "Notulen overleg {{date}}\n"
            "Aanwezig: {{person}}, {{person2}}, dhr. {{last_name}}\n"
            "Agendapunt: begroting {{organization}}"
        ),
        (
            "PostNL pakket\nAan: {{person}}\n{{street_name}} {{building_number}}\n"
            "{{postcode}} {{city}}"
        ),
        (
            "Geachte heer/mevrouw,\n\nHierbij verklaar ik dat mevrouw {{first_name_female}} "
            "{{last_name}} van {{date}} tot {{date}} bij {{organization}} werkzaam was. "
            "Zij was een zeer gewaardeerde collega.\n\nMet vriendelijke groet,\n{{person2}}"
        ),
        "Zaterdag eten we bij {{first_name}}, die woont op {{street_name}} {{building_number}}.",
        "Het boek dat je zoekt heeft mijn buurvrouw {{first_name_female}}.",
        "{{person}} heeft de sleutels bij de receptie achtergelaten.",
        "Afspraak bij dr. {{last_name}} op {{date}} om {{time}}, praktijkadres: {{address}}.",
        "Wil je het bedrag overmaken naar {{person}}, IBAN {{iban}}?",
        "wie is die meneer {{last_name}} die vanochtend belde",
        "Prof. {{last_name}} geeft donderdag het college Staatsrecht.",
        "Stuur het maar naar {{address}}, daar woont mijn broer.",
        "Rekeninghouder: {{person}}\nIBAN: {{iban}}\nOmschrijving: huur {{date}}",
        (
            "Melding {{num}}: dhr. {{person}} meldt dat de verwarming het niet doet. "
            "Bereikbaar via {{phone_number}} of {{email}}."
        ),
        "Mijn nieuwe adres is {{street_name}} {{building_number}}, {{postcode}} {{city}}.",
        "Voor vragen kun je terecht bij {{person}}.",
        "De fiets van {{first_name}} staat nog bij {{last_name}}s in de schuur.",
        (
            "Lieve {{first_name_female}},\n\nBedankt voor het heerlijke weekend in {{city}}!\n\n"
            "Dikke kus,\n{{first_name}}"
        ),
        "Bij vragen kunt u contact opnemen met mevrouw {{last_name}} via {{phone_number}}.",
        (
            "Getuige {{person}}, wonende te {{address}}, verklaart om {{time}} "
            "een harde klap te hebben gehoord."
        ),
        (
            "oke ik vraag wel aan {{person}} of we zijn bus mogen lenen "
            "hij woont toch op {{street_name}} {{building_number}}"
        ),
        "Volgens meneer {{last_name}} is de kwestie met {{organization}} afgehandeld.",
        (
            "Afleveradres gewijzigd: {{street_name}} {{building_number}}, "
            "{{postcode}} {{city}}, 3e verdieping."
        ),
        (
            "Tijdens het overleg hebben {{first_name}}, {{first_name_female}} en "
            "dhr. {{last_name}} de planning goedgekeurd."
        ),
        "Stuur de offerte naar {{email}} t.a.v. {{person}}.",
        (
            "De hond van de familie {{last_name}} op {{street_name}} {{building_number}} "
            "blaft de hele nacht."
        ),
        "Morgen heb ik een sollicitatiegesprek met {{person}} en {{person2}}.",
    ],
    "pt": [
        (
            "Olá a todos,\n\nReencaminho a mensagem de {{person}}.\n\n"
            "---------- Mensagem reencaminhada ----------\nDe: {{email}}\n"
            "Assunto: Mudança de morada\n\n"
            "A partir de {{date}} moro na {{street_name}} {{building_number}}, "
            "{{postcode}} {{city}}.\n\nCumprimentos,\n{{first_name}}"
        ),
        "pergunta à {{first_name_female}} se ela vem jantar hoje",
        (
            "Nota CRM: a Sra. {{last_name}} ligou em {{date}}, quer cancelar o contrato. "
            "Ligar de volta para {{phone_number}}."
        ),
        (
            "Nome: {{person}}\nMorada: {{street_name}} {{building_number}}\n"
            "Código postal: {{postcode}}\nLocalidade: {{city}}\nTelemóvel: {{phone_number}}"
        ),
        (
            "Ata da reunião de {{date}}\n"
            "Presentes: {{person}}, {{person2}}, Dr. {{last_name}}\n"
            "Assunto: orçamento da {{organization}}"
        ),
        (
            "CTT Expresso\nDestinatário: {{person}}\n{{street_name}} {{building_number}}, "
            "2.º Esq.\n{{postcode}} {{city}}"
        ),
        (
            "Declaração\n\nDeclaro, para os devidos efeitos, que a D. {{first_name_female}} "
            "{{last_name}} trabalhou na {{organization}} de {{date}} a {{date}}, tendo sempre "
            "demonstrado empenho e rigor.\n\nAtenciosamente,\n{{person2}}"
        ),
        (
            "Sábado jantamos em casa do {{first_name}}, ele mora na {{street_name}} "
            "{{building_number}}."
        ),
        "O livro que procuras está com a minha vizinha, a D. {{first_name_female}}.",
        "{{person}} deixou as chaves na portaria antes de sair.",
        ("Consulta com o Dr. {{last_name}} a {{date}} às {{time}}, consultório na {{address}}."),
        "Faz a transferência em nome de {{person}}, IBAN {{iban}}.",
        "quem é aquele sr {{last_name}} que ligou de manhã",
        "A Prof.ª {{last_name}} mudou o exame de Direito Civil para quinta-feira.",
        "Manda para {{address}}, é a casa da minha irmã.",
        "Titular da conta: {{person}}\nIBAN: {{iban}}\nDescrição: renda de {{date}}",
        (
            "Pedido {{num}}: o Sr. {{person}} diz que a encomenda não chegou. "
            "Contactos: {{phone_number}}, {{email}}."
        ),
        "A minha nova morada é {{street_name}} {{building_number}}, {{postcode}} {{city}}.",
        "Para mais informações, fale com {{person}}.",
        ("O carro do {{first_name}} continua estacionado na {{street_name}} {{building_number}}."),
        (
            "Querida {{first_name_female}},\n\nObrigada por tudo no fim de semana em {{city}}!\n\n"
            "Beijinhos,\n{{first_name}}"
        ),
        "Para qualquer dúvida, contacte o Sr. {{last_name}} pelo {{phone_number}}.",
        (
            "A testemunha {{person}}, residente na {{address}}, afirma ter ouvido "
            "um estrondo às {{time}}."
        ),
        "ok eu peço ao {{person}} para nos emprestar a carrinha",
        "Segundo a Sra. {{last_name}}, o processo com a {{organization}} já está encerrado.",
        (
            "Morada de entrega atualizada: {{street_name}} {{building_number}}, "
            "{{postcode}} {{city}}, 3.º andar."
        ),
        (
            "Na reunião, {{first_name}}, {{first_name_female}} e o Eng. {{last_name}} "
            "aprovaram o calendário."
        ),
        "Envie o orçamento para {{email}} em nome de {{person}}.",
        (
            "O cão dos {{last_name}} ladra a noite toda, moram na "
            "{{street_name}} {{building_number}}."
        ),
        "Amanhã tenho entrevista com {{person}} e {{person2}} às {{time}}.",
    ],
}

NEGATIVE_MORE: dict[str, list[str]] = {
    "de": [
        "Hat die Apotheke am Marktplatz auch am Sonntag geöffnet?",
        (
            "Im Oktober fahren wir mit der Deutschen Bahn nach {{city}}, der ICE fährt um "
            "{{time}} ab."
        ),
        "Die Hauptstraße ist wegen Bauarbeiten bis Ende März gesperrt.",
        "Wie lange dauerte der Dreißigjährige Krieg und was regelte der Westfälische Frieden?",
        (
            "Der Geschäftsführer und die Personalleiterin treffen sich am Mittwoch mit dem "
            "Betriebsrat."
        ),
        (
            "Mein Volkswagen Golf braucht neue Winterreifen, kostet das bei {{organization}} "
            "mehr als {{num}} Euro?"
        ),
        "Notiz: Am Freitag Kühlschrank abtauen, Müll rausbringen, Steuererklärung abschicken.",
        "Welche Museen auf der Museumsinsel sind montags geschlossen?",
        (
            "Die Bürgermeisterin von {{city}} eröffnet am {{date}} den Weihnachtsmarkt am "
            "Rathausplatz."
        ),
        "kann man im Schwarzwald im Januar schon Ski fahren oder ist es noch zu früh",
    ],
    "fr": [
        "La boulangerie de la place du Marché est-elle ouverte le dimanche matin ?",
        "En juillet, le Tour de France passe par {{city}}, quelle est l'étape du {{date}} ?",
        "La rue principale sera fermée à la circulation jusqu'à fin avril.",
        "Pourquoi la prise de la Bastille est-elle devenue la fête nationale ?",
        "Le directeur commercial et la responsable RH rencontrent les délégués syndicaux jeudi.",
        "Ma Peugeot 208 fait un bruit bizarre, la révision chez {{organization}} coûte combien ?",
        (
            "À faire lundi : acheter du pain, appeler la Mairie, payer la facture EDF de {{num}} "
            "euros."
        ),
        "Le musée du Louvre est-il fermé le mardi ?",
        "Le maire de {{city}} inaugurera le marché de Noël le {{date}} sur la Grand-Place.",
        "on part en Bretagne en août ou tu préfères la Côte d'Azur",
    ],
    "es": [
        "¿La farmacia de la Plaza Mayor abre los domingos?",
        "En agosto vamos en AVE a {{city}}, ¿a qué hora sale el tren del {{date}}?",
        "La calle principal estará cortada por obras hasta finales de mayo.",
        "¿Por qué empezó la Guerra Civil y cuánto duró?",
        "El director financiero y la jefa de ventas se reúnen el miércoles con el comité.",
        "¿Cuánto cuesta cambiar la batería de un Seat Ibiza en {{organization}}?",
        (
            "Lunes: comprar pan, llamar al Ayuntamiento, pagar la factura de Iberdrola "
            "de {{num}} euros."
        ),
        "¿Se puede visitar la Alhambra sin reserva en Semana Santa?",
        "La alcaldesa de {{city}} inaugurará la feria el {{date}} en la Plaza del Ayuntamiento.",
        "nos vamos a Galicia en julio o prefieres la Costa Brava",
    ],
    "it": [
        "La farmacia in piazza del Duomo è aperta la domenica?",
        (
            "A settembre prendiamo il Frecciarossa per {{city}}, a che ora parte il treno del "
            "{{date}}?"
        ),
        "La via principale resterà chiusa per lavori fino a fine giugno.",
        "Perché la spedizione dei Mille partì da Quarto nel maggio del 1860?",
        "Il direttore generale e la responsabile acquisti incontrano i sindacati martedì.",
        "Quanto costa il tagliando di una Fiat Panda da {{organization}}?",
        "Venerdì: comprare il pane, chiamare il Comune, pagare la bolletta Enel di {{num}} euro.",
        "Si può salire sulla Torre di Pisa senza prenotazione a Ferragosto?",
        "Il sindaco di {{city}} inaugura il mercatino di Natale il {{date}} in Piazza del Popolo.",
        "andiamo in Sardegna ad agosto o preferisci le Dolomiti",
    ],
    "nl": [
        "Is de apotheek aan het Marktplein op zondag open?",
        (
            "In november gaan we met de NS naar {{city}}, hoe laat vertrekt de intercity "
            "op {{date}}?"
        ),
        "De Hoofdstraat is tot eind maart afgesloten wegens werkzaamheden.",
        "Waarom begon de Tachtigjarige Oorlog en hoe eindigde de Vrede van Münster?",
        "De directeur en de HR-manager spreken woensdag met de ondernemingsraad.",
        "Hoeveel kost een nieuwe accu voor een Volvo bij {{organization}}?",
        (
            "Maandag: brood halen, Gemeente bellen, energierekening van {{num}} euro aan Eneco "
            "betalen."
        ),
        "Is het Rijksmuseum open op Koningsdag?",
        "De burgemeester van {{city}} opent op {{date}} de kerstmarkt op de Grote Markt.",
        "gaan we in juli naar Zeeland of liever naar de Ardennen",
    ],
    "pt": [
        "A farmácia da Praça do Comércio abre ao domingo?",
        (
            "Em dezembro vamos de comboio para {{city}}, a que horas parte o Alfa Pendular "
            "no dia {{date}}?"
        ),
        "A rua principal vai estar fechada por obras até ao fim de outubro.",
        "Porque é que a Revolução dos Cravos aconteceu a 25 de Abril?",
        (
            "O diretor financeiro e a gestora de recursos humanos reúnem-se na terça-feira "
            "com a comissão."
        ),
        "Quanto custa a revisão de um Renault Clio na {{organization}}?",
        (
            "Quarta-feira: comprar pão, ligar para a Câmara Municipal, pagar a fatura da EDP "
            "de {{num}} euros."
        ),
        "Dá para visitar a Torre de Belém em agosto sem comprar bilhete com antecedência?",
        "O presidente da Câmara de {{city}} inaugura a feira de Natal em {{date}} no Largo da Sé.",
        "vamos ao Algarve em julho ou preferes os Açores",
    ],
}
