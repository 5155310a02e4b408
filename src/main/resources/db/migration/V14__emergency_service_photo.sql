-- Azərsu's emergency service (Qəza xidməti) takes an optional photo of the accident: one JPEG, shown to the crew in
-- their task. A slot may carry a hint, shown under its file input and given by the API with the slot.
alter table e_service_document add column hint_az varchar(500);
alter table e_service_document add column hint_en varchar(500);

insert into e_service_document (service_code, code, position, label_az, label_en, required, content_types, max_count,
                                hint_az, hint_en) values
    ('EMERGENCY_SERVICE', 'PHOTO', 1,
     'Qəza yerinin şəkli', 'Photo of the accident',
     false, 'image/jpeg', 1,
     'İstəyə bağlıdır. Telefonla çəkilmiş şəkil briqadaya yeri tez tapmağa və lazım olanı götürməyə kömək edir.',
     'Optional. A photo taken with your phone helps the crew find the place quickly and bring what is needed.');
