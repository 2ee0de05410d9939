"""Candidates K2's and K3's rows (docs/classifiers.md, "Records and public names for MiniLM's
PII layer"): personal data inside the records agents pass around, and names that are not
personal data. K3 shipped with the records and the company names; K2 also had the public
names (``PRISM_TRAIN_RECORDS=public``), which cost recall on private surnames.

Why: on the development set `pii_english_v8` (opened for candidate F4) most of MiniLM's
English misses sit in machine-shaped text: names in CSV columns, in calendar and vCard
fields, in code fixtures; JSON address lines read across the quotes into the next field.
Most of its false names are public figures and characters in questions about history or
books, and company names built from surnames ("Roach, Simon and Kline"). The templates
below are our own, written for this round in shapes of our choosing; none copies a
sentence of any blind set. Train split only, English, outside the English anchor (as
candidate F's rows).

Gold conventions are `data_pii.PiiFaker.fill`'s: a street part joins the city, state and
postcode next to it only across spaces, commas and line breaks, so a JSON or CSV field
holds its own span; titles stay outside a name; literal names typed here are public
figures or fictional, and are no personal data.
"""

from __future__ import annotations

# personal data in records: CSV, JSON, calendar and contact cards, code, SQL, YAML, mail
# headers, forms
RECORD_TEMPLATES = [
    "first_name,last_name,email,phone\n{{first_name}},{{last_name}},{{email}},{{phone_number}}\n"
    "{{first_name_female}},{{last_name}},{{email}},{{phone_number}}",
    "id;full_name;city;signup\n{{num}};{{person}};{{city}};{{date}}\n{{num}};{{person2}};{{city}};{{date}}",
    "name,street,apt,city,state,zip\n{{person}},{{building_number}} {{street_name}},"
    "{{secondary_address}},{{city}},{{state_abbr}},{{postcode}}",
    'order_id,customer,ship_to\n{{num}},{{name_female}},"{{address}}"',
    "employee_id\tgiven_name\tsurname\tmanager\n{{num}}\t{{first_name}}\t{{last_name}}\t{{person}}",
    "| user | email | last login |\n|---|---|---|\n| {{person}} | {{email}} | {{date_time}} |",
    '{"id": {{num}}, "first_name": "{{first_name}}", "last_name": "{{last_name}}", '
    '"email": "{{email}}"}',
    '{"customer": {"name": "{{person}}", "address": {"street": "{{building_number}} '
    '{{street_name}}", "unit": "{{secondary_address}}", "city": "{{city}}", "zip": '
    '"{{postcode}}"}}}',
    '{"shipping": {"recipient": "{{name_male}}", "line1": "{{building_number}} {{street_name}}", '
    '"line2": "{{secondary_address}}", "state": "{{state_abbr}}"}, "status": "packed"}',
    '{"results": [{"contact": "{{person}}", "phone": "{{phone_number}}"}, {"contact": '
    '"{{person2}}", "phone": "{{phone_number}}"}], "count": 2}',
    '{"event": "password_reset", "user": {"display_name": "{{first_name}} {{last_name}}", '
    '"email": "{{email}}"}, "ip": "{{ip_address}}"}',
    '{"tool_result": {"patient": "{{name_female}}", "dob": "{{date_of_birth}}", '
    '"home_address": "{{address}}"}}',
    '{"role": "tool", "content": "Found 1 match: {{person}}, {{job}} at {{organization}}, '
    '{{email}}"}',
    '{"to": "{{email}}", "body": "Hi {{first_name}}, your parcel is at the front desk. '
    'Best, {{first_name_female}}"}',
    "BEGIN:VEVENT\nSUMMARY:1:1 with {{first_name}}\nORGANIZER;CN={{person}}:mailto:{{email}}\n"
    "ATTENDEE;CN={{person2}}:mailto:{{email}}\nEND:VEVENT",
    "BEGIN:VCARD\nVERSION:3.0\nFN:{{person}}\nN:{{last_name}};{{first_name}};;;\n"
    "TEL;TYPE=cell:{{phone_number}}\nEND:VCARD",
    "ADR;TYPE=home:;;{{building_number}} {{street_name}};{{city}};{{state_abbr}};{{postcode}}\n"
    "EMAIL:{{email}}",
    'user = User(first_name="{{first_name}}", last_name="{{last_name}}", email="{{email}}")',
    'fixtures = [{"name": "{{person}}", "age": {{age}}}, {"name": "{{person2}}", "age": {{age}}}]',
    "const owner = { name: '{{person}}', phone: '{{phone_number}}' };",
    "INSERT INTO customers (name, street, email) VALUES ('{{person}}', '{{building_number}} "
    "{{street_name}}', '{{email}}');",
    "UPDATE accounts SET holder = '{{name_female}}' WHERE id = {{num}};",
    "contacts:\n  - name: {{person}}\n    email: {{email}}\n  - name: {{person2}}\n    phone: "
    "{{phone_number}}",
    "maintainers:\n  - {{person}} <{{email}}>",
    "Author: {{person}} <{{email}}>\nDate: {{date_time}}\n\n    Fix typo in the README",
    "Signed-off-by: {{person}} <{{email}}>\nCo-authored-by: {{person2}} <{{email}}>",
    "From: {{person}} <{{email}}>\nTo: {{first_name}} {{last_name}} <{{email}}>\nSubject: "
    "Re: {{organization}} renewal",
    "Name: {{person}}\nDate of birth: {{date_of_birth}}\nAddress: {{address}}\nPhone: "
    "{{phone_number}}",
    "Guest: {{last_name}}, {{first_name}}\nRoom: {{num2}}\nCheck-in: {{date}}",
    "PASSENGER {{last_name}}/{{first_name}}\nBOOKING REF {{num}}\nSEAT {{num2}}",
    "Ship to:\n{{person}}\n{{building_number}} {{street_name}}, {{secondary_address}}\n{{city}}, "
    "{{state_abbr}} {{postcode}}",
    "[{{date_time}}] support chat - agent {{first_name}}: hi {{first_name_female}}, I see the "
    "card ending {{cc4}}",
    "Assignee: {{person}} | Reporter: {{person2}} | Priority: P2",
    "Emergency contact: {{name_male}} (husband), {{phone_number}}",
    "Summarise this CSV for me:\nname,team,email\n{{person}},Sales,{{email}}\n{{person2}},Ops,"
    "{{email}}",
    'Clean up this JSON: {"owner":"{{person}}","street":"{{building_number}} '
    '{{street_name}}","city":"{{city}}"}',
    "Why does this test fail?\n\n    def test_signup():\n        u = make_user('{{person}}', "
    "'{{email}}')\n        assert u.id",
    "Convert to a table: {{person}} - {{phone_number}}; {{person2}} - {{phone_number}}",
    "The CRM says {{first_name}} {{last_name}} moved to {{address}}; update the invoice.",
]

# names that are no personal data: public figures, characters, companies named after people
PUBLIC_NAME_NEGATIVES = [
    "Why did Napoleon Bonaparte sell Louisiana to the United States?",
    "Summarise the plot of Moby-Dick from Captain Ahab's point of view.",
    "Compare Marie Curie's and Lise Meitner's contributions to nuclear physics.",
    "What did Martin Luther King Jr. argue in his Letter from Birmingham Jail?",
    "Is Sherlock Holmes based on a real person?",
    "Explain Isaac Newton's second law with a simple example.",
    "Write a short essay on how Frida Kahlo used self-portraits.",
    "In Hamlet, why does Ophelia go mad?",
    "How did Nelson Mandela spend his years on Robben Island?",
    "What is Ada Lovelace known for in computing history?",
    "Give me three quotes attributed to Winston Churchill and say which are real.",
    "Who was older, Leonardo da Vinci or Michelangelo?",
    "Why is Harry Potter afraid of dementors?",
    "Describe the rivalry between Thomas Edison and Nikola Tesla.",
    "What was Jane Austen's last finished novel?",
    "Analyse Captain Nemo's motives in Twenty Thousand Leagues Under the Sea.",
    "How many Grand Slam titles did Serena Williams win?",
    "Did Albert Einstein really fail maths at school?",
    "What happens to Jay Gatsby at the end of the novel?",
    "Summarise Charles Darwin's voyage on the Beagle.",
    "Which films did Alfred Hitchcock make in Britain?",
    "Was Cleopatra Egyptian or Greek?",
    "Explain the Turing test that Alan Turing proposed.",
    "Write a limerick about Frodo Baggins and his second breakfast.",
    "What reforms is Franklin D. Roosevelt remembered for?",
    "Why did Vincent van Gogh cut off part of his ear?",
    "Is Elon Musk still the CEO of Tesla?",
    "Who plays Tony Stark in the Marvel films?",
    "What did Simone de Beauvoir write about in The Second Sex?",
    "Explain Jean Valjean's redemption in Les Miserables.",
    "Which physicist did Richard Feynman share the 1965 Nobel Prize with?",
    "How did Genghis Khan organise his army?",
    "List the novels Agatha Christie wrote about Hercule Poirot.",
    "Was Queen Victoria related to Tsar Nicholas II?",
    "Draft a trivia question about Wolfgang Amadeus Mozart's childhood.",
    "Why do people call Florence Nightingale the lady with the lamp?",
    "What did Lionel Messi win in 2022?",
    "In The Hobbit, how does Bilbo trick Gollum?",
    "Is Walter White a tragic hero?",
    "Explain Karl Marx's theory of surplus value in two paragraphs.",
]

# companies that look like people's names ({{organization}}: "Lee, Park and Ortiz"), and
# surnames used as brands or places
ORGANIZATION_NEGATIVES = [
    "I've been a customer of {{organization}} for six years and never had this problem.",
    "Warm regards,\nThe team at {{organization}}",
    "{{job}}, {{organization}}",
    "Invoice from {{organization}}, due {{date}}, amount ${{price}}.",
    "Does {{organization}} offer student discounts?",
    "Compare {{organization}} and {{organization}} on price and support.",
    "Our contract with {{organization}} renews on {{date}}.",
    "Vendor: {{organization}} | PO {{num}} | total {{price}}",
    '{"company": "{{organization}}", "industry": "{{job}}", "employees": {{num}}}',
    "Write a press release announcing that {{organization}} acquired {{organization}}.",
    "Is {{organization}} a good place to work as a {{job}}?",
    "Meeting notes: {{organization}} pitched their new platform; follow up on {{day_of_week}}.",
    "We switched payroll providers from {{organization}} to {{organization}}.",
    "The Ford Mustang and the Chevrolet Camaro: which one holds its value better?",
    "Is a Dyson worth it compared with a Miele vacuum?",
    "Book a table at Gordon Ramsay's restaurant near {{city}}.",
]
