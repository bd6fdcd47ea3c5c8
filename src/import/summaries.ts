/**
 * One plain sentence per career, written for this project (the OOH's own prose is linked, not
 * copied). Keyed by career slug; the importer fails if a career has no summary here.
 */
export const SUMMARIES: Readonly<Record<string, string>> = {
  'athletic-trainers':
    'Prevent, assess and treat muscle and bone injuries in athletes and other active people.',
  audiologists: 'Test hearing and balance and fit and manage hearing aids and other treatments.',
  'cardiovascular-technologists-and-technicians':
    'Run imaging and other tests that help doctors find heart and blood-vessel problems.',
  chiropractors: 'Treat back, neck and other joint problems, largely by adjusting the spine.',
  'clinical-laboratory-technologists-and-technicians':
    'Analyse blood, tissue and other samples in the lab so that diseases can be diagnosed.',
  'dental-assistants':
    'Prepare patients and instruments, keep records and help the dentist during treatment.',
  'dental-hygienists':
    'Clean teeth, check for oral disease and teach patients how to care for their mouths.',
  dentists: 'Diagnose and treat problems of the teeth, gums and mouth.',
  'diagnostic-medical-sonographers':
    'Use ultrasound equipment to make images of organs and tissues for diagnosis.',
  'dietitians-and-nutritionists':
    'Plan diets and give nutrition advice to prevent or manage illness.',
  'emergency-medical-technicians':
    'Give first-line emergency care at the scene and on the way to hospital.',
  'exercise-physiologists':
    'Design exercise programmes that help patients recover from or manage chronic disease.',
  'genetic-counselors':
    'Explain inherited disease risks and genetic test results to patients and families.',
  'health-information-technologists-and-medical-registrars':
    'Manage health data systems and keep registries of patient cases such as cancers.',
  'home-health-and-personal-care-aides':
    'Help older, ill or disabled people with daily living, usually in their own homes.',
  'licensed-practical-and-licensed-vocational-nurses':
    'Give basic nursing care under the direction of registered nurses and doctors.',
  'magnetic-resonance-imaging-technologists':
    'Operate MRI scanners to produce diagnostic images of the body.',
  'massage-therapists': 'Work muscles and soft tissue by hand to ease pain, stress and injury.',
  'medical-and-health-services-managers':
    'Plan and run the business side of hospitals, practices and other health services.',
  'medical-assistants':
    "Handle front-desk tasks and simple clinical duties in doctors' offices and clinics.",
  'medical-dosimetrists': 'Work out radiation doses and treatment plans for cancer patients.',
  'medical-records-specialists':
    'Keep patient records complete and accurate and turn diagnoses and procedures into billing codes.',
  'medical-transcriptionists':
    "Turn clinicians' voice recordings into written medical reports and check them for errors.",
  'nuclear-medicine-technologists':
    'Prepare and give small radioactive doses and run the scanners that image them.',
  'nurse-anesthetists':
    'Advanced practice nurses who give anesthesia and watch patients through surgery.',
  'nurse-midwives':
    'Advanced practice nurses who care for women in pregnancy, childbirth and after birth.',
  'nurse-practitioners':
    'Advanced practice nurses who diagnose, treat and prescribe, often in primary care.',
  'nursing-assistants':
    'Help patients with bathing, eating, moving and other basic care in nursing homes and hospitals.',
  'occupational-health-and-safety-specialists':
    'Inspect workplaces and design programmes that keep workers safe and healthy.',
  'occupational-health-and-safety-technicians':
    'Collect workplace data and run tests that support health and safety programmes.',
  'occupational-therapists':
    'Help injured, ill or disabled people build the skills they need for everyday life and work.',
  'occupational-therapy-aides':
    'Set up equipment and handle support tasks for occupational therapy sessions.',
  'occupational-therapy-assistants':
    'Carry out treatment plans with patients under the direction of occupational therapists.',
  opticians: 'Fit eyeglasses and contact lenses from the prescriptions of eye doctors.',
  optometrists:
    'Examine eyes, diagnose vision problems and prescribe glasses, lenses or treatment.',
  orderlies: 'Move patients and keep care areas clean and stocked in hospitals and clinics.',
  'orthotists-and-prosthetists':
    'Design and fit braces, artificial limbs and other medical supports.',
  paramedics:
    'Give advanced emergency care, such as drugs and airway support, before patients reach hospital.',
  pharmacists: 'Dispense prescription drugs and advise patients and clinicians on their safe use.',
  'pharmacy-technicians': 'Help pharmacists fill prescriptions, handle stock and serve customers.',
  phlebotomists: 'Draw blood for tests, transfusions and donations and label it correctly.',
  'physical-therapist-aides':
    'Prepare treatment areas and help with non-clinical tasks in physical therapy clinics.',
  'physical-therapist-assistants':
    "Guide patients through exercises and treatments under a physical therapist's direction.",
  'physical-therapists':
    'Help people recover movement and manage pain after injury or illness through exercise and care.',
  'physician-assistants':
    'Examine, diagnose and treat patients as part of a team led by physicians.',
  'physicians-and-surgeons': 'Diagnose and treat illness and injury; surgeons also operate.',
  podiatrists: 'Diagnose and treat conditions of the foot, ankle and lower leg.',
  'psychiatric-aides':
    'Help patients with mental illness or developmental disabilities with daily activities and safety.',
  'psychiatric-technicians':
    'Give direct care and monitor patients with mental illness or developmental disabilities.',
  'radiation-therapists': 'Operate machines that deliver radiation treatment to cancer patients.',
  'radiologic-technologists-and-technicians':
    'Take x-rays and other diagnostic images and position patients for them.',
  'recreational-therapists':
    "Use activities such as arts, games and outings to improve patients' health and wellbeing.",
  'registered-nurses':
    'Assess and care for patients, give treatments and medicines and teach patients about their health.',
  'respiratory-therapists':
    'Treat patients who have trouble breathing, from infants to the elderly.',
  'speech-language-pathologists':
    'Assess and treat speech, language, voice and swallowing disorders.',
  'surgical-assistants':
    'Assist surgeons directly during operations, for example by holding tissue and closing incisions.',
  'surgical-technologists':
    'Prepare operating rooms and instruments and pass tools to surgeons during operations.',
  veterinarians: 'Diagnose and treat illness and injury in pets, livestock and other animals.',
  'veterinary-assistants-and-laboratory-animal-caretakers':
    'Feed, clean and look after animals in veterinary clinics and research laboratories.',
  'veterinary-technologists-and-technicians':
    'Run tests and help veterinarians treat animals, much as nurses and lab technicians do for people.',
};
