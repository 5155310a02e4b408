-- Azərsu: temporary suspension and restoration of water supply and sewerage service (e-Su portal guide, FAQ).
-- Only for subscribers without a meter: the start form offers the citizen's codes without an active meter.
insert into e_service (code, utility, process_key, start_form_id, number_prefix, name_az, name_en, active) values
    ('WATER_SUPPLY_SUSPENSION', 'AZERSU', 'WaterSupplySuspension', 'Form_WaterSupplySuspensionApplication', 'AD',
     'Su təchizatı və tullantı sularının axıdılması xidmətinin müvəqqəti dayandırılması və bərpası müraciəti',
     'Temporary suspension and restoration of water supply and sewerage service', true);

-- The supply is sealed (suspended) until the citizen asks for it back; then it is unsealed (restored). The citizen
-- is told of each step by SMS and e-mail.
insert into case_status (code, label_az, label_en, final_status, notify_citizen) values
    ('SUSPENDED',             'Su təchizatı müvəqqəti dayandırıldı',   'Water supply temporarily suspended',    false, true),
    ('RESTORATION_REQUESTED', 'Su təchizatının bərpası istənildi',     'Restoration of water supply requested', false, true),
    ('RESTORED',              'Su təchizatı bərpa edildi',             'Water supply restored',                 false, true);

insert into status_reason (code, label_az, label_en) values
    ('NO_ACCESS_TO_VALVE', 'Bağlayıcı armaturaya giriş təmin edilmədi',  'No access to the shut-off valve was given'),
    ('NO_SEPARATE_VALVE',  'Abonentin ayrıca bağlayıcı armaturu yoxdur', 'The subscriber has no shut-off valve of their own');
