/** The notification's words and those of its switch in the options page, Dutch and English. */
export const NOTIFICATION_MESSAGES = {
  nl: {
    legend: 'Meldingen',
    switchLabel: 'Eén melding per dag over een activiteit van vandaag die bij je past',
    explain:
      'Hoogstens één per dag, nooit tussen 21.30 en 9 uur. Verwonder kiest op dit toestel uit de agenda van vandaag van UiT in Antwerpen; die site krijgt alleen de vraag wat er vandaag te doen is, niets over jou. Elke melding zegt waarom en heeft een knop om te stoppen.',
    districtLabel: 'Je buurt, voor activiteiten dichtbij (optioneel, blijft op dit toestel)',
    districtNone: 'Niet opgeven',
    locationOff:
      '‘Grove locatie’ staat uit bij ‘Gegevens die Verwonder mag gebruiken’ (of de personalisatie is beperkt): je buurt wordt niet gebruikt.',
    tonight: 'Vanavond',
    today: 'Vandaag',
    nearby: 'in de buurt',
    basedOn: 'Gekozen op je toestel uit: {data}.',
    yourArea: 'je buurt ({district})',
    and: 'en',
    stop: 'Stop deze meldingen',
    stopHint: 'Stoppen kan in de opties van Verwonder.',
  },
  en: {
    legend: 'Notifications',
    switchLabel: 'One notification a day about an activity today that suits you',
    explain:
      'At most one a day, never between 21:30 and 9:00. Verwonder picks on this device from today’s agenda of UiT in Antwerpen; that site is only asked what is on today, nothing about you. Every notification says why and has a button to stop.',
    districtLabel: 'Your area, for activities nearby (optional, stays on this device)',
    districtNone: 'Not given',
    locationOff:
      '‘Coarse location’ is off under ‘Data Verwonder may use’ (or personalisation is limited): your area is not used.',
    tonight: 'Tonight',
    today: 'Today',
    nearby: 'nearby',
    basedOn: 'Picked on your device from: {data}.',
    yourArea: 'your area ({district})',
    and: 'and',
    stop: 'Stop these notifications',
    stopHint: 'You can stop them in Verwonder’s options.',
  },
} as const;
