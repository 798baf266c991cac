<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CommandLine</name>
    <message>
        <source>Record the demo&apos;s run as it plays, without a window, in presentation layout, as numbered PNG frames (frame-000001.png, ...) in folder.</source>
        <translation>Записать прогон примера по ходу воспроизведения, без окна, в раскладке для показа, как пронумерованные кадры PNG (frame-000001.png, ...) в папку folder.</translation>
    </message>
    <message>
        <source>Record the run as an H.264 video (needs ffmpeg).</source>
        <translation>Записать прогон как видео H.264 (нужен ffmpeg).</translation>
    </message>
    <message>
        <source>Frames per second of a recording (1 to 120; default 30).</source>
        <translation>Кадров в секунду в записи (от 1 до 120; по умолчанию 30).</translation>
    </message>
    <message>
        <source>Size of a recording&apos;s frames (default 1920x1080).</source>
        <translation>Размер кадров записи (по умолчанию 1920x1080).</translation>
    </message>
    <message>
        <source>Playback speed of a recording, 0.25 to 8 (default 1).</source>
        <translation>Скорость воспроизведения в записи, от 0.25 до 8 (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Colours of a recording: light (the default), dark or high-contrast.</source>
        <translation>Цвета записи: light (светлые, по умолчанию), dark (тёмные) или high-contrast (контрастные).</translation>
    </message>
    <message>
        <source>Language of the program&apos;s text: en or ru (default: the system&apos;s).</source>
        <translation>Язык текстов программы: en или ru (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>unknown demo &apos;%1&apos; (demos: %2)</source>
        <translation>неизвестный пример «%1» (примеры: %2)</translation>
    </message>
    <message>
        <source>Makes JavaScript async iteration visible, one event at a time.</source>
        <translation>Показывает асинхронную итерацию в JavaScript наглядно, событие за событием.</translation>
    </message>
    <message>
        <source>List the demos with their parameters, defaults and ranges.</source>
        <translation>Перечислить примеры с их параметрами, значениями по умолчанию и допустимыми диапазонами.</translation>
    </message>
    <message>
        <source>The demo to run (see --list-demos).</source>
        <translation>Пример, который нужно запустить (см. --list-demos).</translation>
    </message>
    <message>
        <source>Set a parameter of the demo; repeat for more.</source>
        <translation>Задать параметр примера; для нескольких — повторить.</translation>
    </message>
    <message>
        <source>Read a saved trace file and report whether it is valid: a one-line summary, or the line and the problem.</source>
        <translation>Прочитать сохранённый файл трассы и сообщить, корректен ли он: сводка в одну строку или строка файла и ошибка.</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>не удаётся писать в стандартный вывод: %1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --%2</source>
        <translation>--%1 нельзя сочетать с --%2</translation>
    </message>
    <message>
        <source>--%1 needs --record or --video</source>
        <translation>--%1 требует --record или --video</translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file &apos;%3&apos;; give each its own</source>
        <translation>--%1 и --%2 указывают на один и тот же файл «%3»; дайте каждому свой</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>unknown demo</source>
        <translation>неизвестный пример</translation>
    </message>
    <message>
        <source>%1, %2, %3 ms, %4</source>
        <translation>%1, %2, %3 мс, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>--check-trace needs a file name</source>
        <translation>--check-trace требует имя файла</translation>
    </message>
    <message>
        <source>out of memory: the run is too large for this machine&apos;s memory</source>
        <translation>не хватает памяти: прогон слишком велик для памяти этого компьютера</translation>
    </message>
    <message>
        <source>--html needs --demo NAME (demos: %1)</source>
        <translation>--html требует --demo ИМЯ (примеры: %1)</translation>
    </message>
    <message>
        <source>--chrome-trace needs --demo NAME (demos: %1)</source>
        <translation>--chrome-trace требует --demo ИМЯ (примеры: %1)</translation>
    </message>
    <message>
        <source>--trace and --listing need --demo NAME (demos: %1)</source>
        <translation>--trace и --listing требуют --demo ИМЯ (примеры: %1)</translation>
    </message>
    <message>
        <source>--%1 needs a file name (or - for standard output)</source>
        <translation>--%1 требует имя файла (или - для стандартного вывода)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (languages: en, ru)</source>
        <translation>неизвестный язык «%1» (языки: en, ru)</translation>
    </message>
    <message>
        <source>The demo to open.</source>
        <translation>Пример, который нужно открыть.</translation>
    </message>
    <message>
        <source>Colours: system (the default), light or dark.</source>
        <translation>Цвета: system (как в системе, по умолчанию), light (светлые) или dark (тёмные).</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (themes: system, light, dark, high-contrast)</source>
        <translation>неизвестная тема «%1» (темы: system, light, dark, high-contrast)</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --record or --video</source>
        <translation>--%1 нельзя сочетать с --record или --video</translation>
    </message>
    <message>
        <source>--fps takes %1, got &apos;%2&apos;</source>
        <translation>--fps принимает %1, получено «%2»</translation>
    </message>
    <message>
        <source>--size takes %1, got &apos;%2&apos;</source>
        <translation>--size принимает %1, получено «%2»</translation>
    </message>
    <message>
        <source>--speed takes %1, got &apos;%2&apos;</source>
        <translation>--speed принимает %1, получено «%2»</translation>
    </message>
    <message>
        <source>--theme takes light, dark or high-contrast, got &apos;%1&apos;</source>
        <translation>--theme принимает light, dark или high-contrast, получено «%1»</translation>
    </message>
    <message>
        <source>--video takes an .mp4 file that can be written: %1</source>
        <translation>--video принимает файл .mp4, доступный для записи: %1</translation>
    </message>
    <message>
        <source>--record takes a folder that can be written or created: %1</source>
        <translation>--record принимает папку, в которую можно писать или которую можно создать: %1</translation>
    </message>
    <message>
        <source>--video needs ffmpeg, which is not installed; %1</source>
        <translation>--video требует ffmpeg, а он не установлен; %1</translation>
    </message>
    <message>
        <source>recorded %1: %2 frames at %3 fps, %4, speed %5, %6 s: %7</source>
        <translation>записано %1: кадров: %2, %3 кадр/с, %4, скорость %5, %6 с: %7</translation>
    </message>
    <message>
        <source>Run a JavaScript program of your own (a UTF-8 file of at most 1 MiB) on the embedded engine; with --trace, write its trace (the program in the header); it also goes with %1 and %2.</source>
        <translation>Выполнить свою программу на JavaScript (файл в UTF-8 не больше 1 МиБ) на встроенном движке; с --trace — записать её трассу (программа — в заголовке); работает также с %1 и %2.</translation>
    </message>
    <message>
        <source>--script needs --trace FILE (or %1)</source>
        <translation>--script требует --trace ФАЙЛ (или %1)</translation>
    </message>
    <message>
        <source>A saved trace to replay (File &gt; Save writes them), or a program (.js) to edit.</source>
        <translation>Сохранённая трасса для воспроизведения (их записывает Файл &gt; Сохранить) или программа (.js) для редактирования.</translation>
    </message>
    <message>
        <source>--script cannot be combined with --%1</source>
        <translation>--script нельзя сочетать с --%1</translation>
    </message>
    <message>
        <source>--record and --video need --demo NAME or --script FILE (demos: %1)</source>
        <translation>--record и --video требуют --demo ИМЯ или --script ФАЙЛ (примеры: %1)</translation>
    </message>
</context>
<context>
    <name>ComparePair</name>
    <message>
        <source>An array of promises: the slowest first or last</source>
        <translation>Массив промисов: самый медленный первым или последним</translation>
    </message>
    <message>
        <source>for await hands the responses over in array order: a slow first request holds back the fast ones. Promise.all, after it, waits for the slowest either way.</source>
        <translation>for await отдаёт ответы в порядке массива: медленный первый запрос задерживает быстрые. Promise.all после него в любом случае ждёт самый медленный.</translation>
    </message>
    <message>
        <source>Slowest first · latencies = 300, 100, 200</source>
        <translation>Самый медленный первым · latencies = 300, 100, 200</translation>
    </message>
    <message>
        <source>Slowest last · latencies = 100, 200, 300</source>
        <translation>Самый медленный последним · latencies = 100, 200, 300</translation>
    </message>
    <message>
        <source>A sequence: sync or async</source>
        <translation>Последовательность: синхронно или асинхронно</translation>
    </message>
    <message>
        <source>The same numbers: for…of over a sync generator has them all in one instant; for await over an async generator waits for each promise.</source>
        <translation>Те же числа: for…of по синхронному генератору получает их все в один момент; for await по асинхронному генератору ждёт каждый промис.</translation>
    </message>
    <message>
        <source>Sync · function* with for…of</source>
        <translation>Синхронно · function* с for…of</translation>
    </message>
    <message>
        <source>Async · async function* with for await, 1000 ms each</source>
        <translation>Асинхронно · async function* с for await, по 1000 мс</translation>
    </message>
    <message>
        <source>Pagination: read everything or break after 4</source>
        <translation>Постраничная загрузка: прочитать всё или выйти после 4</translation>
    </message>
    <message>
        <source>break calls return(): the generator stops, and the pages nobody reads are never fetched.</source>
        <translation>break вызывает return(): генератор останавливается, и страницы, которые никто не читает, так и не загружаются.</translation>
    </message>
    <message>
        <source>Reads every user · breakAfter = 0</source>
        <translation>Читает всех пользователей · breakAfter = 0</translation>
    </message>
    <message>
        <source>Breaks after 4 users · breakAfter = 4</source>
        <translation>Выходит после 4 пользователей · breakAfter = 4</translation>
    </message>
    <message>
        <source>A socket: a fast or a slow consumer</source>
        <translation>Сокет: быстрый или медленный потребитель</translation>
    </message>
    <message>
        <source>Messages arrive every 100 ms either way. A slow consumer lets them pile up in the buffer and finishes long after the socket closed.</source>
        <translation>Сообщения в обоих случаях приходят каждые 100 мс. У медленного потребителя они копятся в буфере, и он заканчивает намного позже закрытия сокета.</translation>
    </message>
    <message>
        <source>Fast consumer · work = 50 ms</source>
        <translation>Быстрый потребитель · work = 50 мс</translation>
    </message>
    <message>
        <source>Slow consumer · work = 250 ms</source>
        <translation>Медленный потребитель · work = 250 мс</translation>
    </message>
    <message>
        <source>range: a hand-written iterator or a generator</source>
        <translation>range: итератор вручную или генератор</translation>
    </message>
    <message>
        <source>The same values at the same times, written two ways. Only the end differs: the hand-written next() waits once more before it answers done.</source>
        <translation>Те же значения в те же моменты, написанные двумя способами. Различается только конец: написанный вручную next() ждёт ещё раз, прежде чем ответить done.</translation>
    </message>
    <message>
        <source>Hand-written · async next() returns {done, value}</source>
        <translation>Вручную · асинхронный next() возвращает {done, value}</translation>
    </message>
    <message>
        <source>Generator · async *[Symbol.asyncIterator]()</source>
        <translation>Генератор · async *[Symbol.asyncIterator]()</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Streaming a response</source>
        <translation>Потоковый ответ</translation>
    </message>
    <message>
        <source>for await over a response body&apos;s chunks, decoded with TextDecoder (stream: true or not).</source>
        <translation>for await по частям тела ответа, декодированным через TextDecoder (со stream: true или без).</translation>
    </message>
    <message>
        <source>bytes per chunk</source>
        <translation>байт в одной части</translation>
    </message>
    <message>
        <source>milliseconds between chunks</source>
        <translation>миллисекунд между частями</translation>
    </message>
    <message>
        <source>1: decode with {stream: true}; 0: without</source>
        <translation>1: декодировать с {stream: true}; 0: без</translation>
    </message>
    <message>
        <source>Cleanup on break</source>
        <translation>Очистка при break</translation>
    </message>
    <message>
        <source>Breaking out of for await calls return(): the generator&apos;s finally block runs.</source>
        <translation>Выход из for await через break вызывает return(): выполняется блок finally генератора.</translation>
    </message>
    <message>
        <source>values read before the loop breaks (0: read all)</source>
        <translation>сколько значений прочитать до выхода из цикла (0: прочитать все)</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <source>An async generator waits before each value; for await receives them one by one.</source>
        <translation>Асинхронный генератор ждёт перед каждым значением; for await получает их по одному.</translation>
    </message>
    <message>
        <source>the number counted down from</source>
        <translation>число, с которого идёт отсчёт</translation>
    </message>
    <message>
        <source>milliseconds waited before each number</source>
        <translation>миллисекунд ожидания перед каждым числом</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>An error thrown in the generator rejects next(); try/catch around for await catches it.</source>
        <translation>Ошибка, брошенная в генераторе, отклоняет next(); try/catch вокруг for await её перехватывает.</translation>
    </message>
    <message>
        <source>the page that fails</source>
        <translation>страница, на которой происходит ошибка</translation>
    </message>
    <message>
        <source>milliseconds before each page</source>
        <translation>миллисекунд перед каждой страницей</translation>
    </message>
    <message>
        <source>Numbers from a server</source>
        <translation>Числа с сервера</translation>
    </message>
    <message>
        <source>An async generator awaits the server&apos;s magic() between yields.</source>
        <translation>Асинхронный генератор между yield ждёт серверную magic().</translation>
    </message>
    <message>
        <source>milliseconds the server takes to answer</source>
        <translation>за сколько миллисекунд отвечает сервер</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Постраничная загрузка</translation>
    </message>
    <message>
        <source>An async generator fetches pages lazily and yields one user at a time; break stops the fetching.</source>
        <translation>Асинхронный генератор загружает страницы по мере надобности и выдаёт пользователей по одному; break останавливает загрузку.</translation>
    </message>
    <message>
        <source>users the API holds</source>
        <translation>сколько пользователей хранит API</translation>
    </message>
    <message>
        <source>users per page</source>
        <translation>пользователей на странице</translation>
    </message>
    <message>
        <source>milliseconds each page request takes</source>
        <translation>сколько миллисекунд занимает запрос одной страницы</translation>
    </message>
    <message>
        <source>users read before the loop breaks (0: read all)</source>
        <translation>сколько пользователей прочитать до выхода из цикла (0: прочитать всех)</translation>
    </message>
    <message>
        <source>An array of promises</source>
        <translation>Массив промисов</translation>
    </message>
    <message>
        <source>for await over fetches started at once hands them over in order; Promise.all waits for all.</source>
        <translation>for await по запросам, запущенным сразу, отдаёт их по порядку; Promise.all ждёт все.</translation>
    </message>
    <message>
        <source>milliseconds each URL takes (/a.json, /b.json, ...)</source>
        <translation>сколько миллисекунд занимает каждый URL (/a.json, /b.json, ...)</translation>
    </message>
    <message>
        <source>Range (hand-written iterator)</source>
        <translation>Диапазон (итератор вручную)</translation>
    </message>
    <message>
        <source>An object with [Symbol.asyncIterator]() whose async next() waits, then returns {done, value}.</source>
        <translation>Объект с [Symbol.asyncIterator](), чей асинхронный next() ждёт, а затем возвращает {done, value}.</translation>
    </message>
    <message>
        <source>the first value</source>
        <translation>первое значение</translation>
    </message>
    <message>
        <source>the last value</source>
        <translation>последнее значение</translation>
    </message>
    <message>
        <source>milliseconds next() waits before answering</source>
        <translation>сколько миллисекунд next() ждёт перед ответом</translation>
    </message>
    <message>
        <source>Range (async generator)</source>
        <translation>Диапазон (асинхронный генератор)</translation>
    </message>
    <message>
        <source>The range object again, its [Symbol.asyncIterator] written as an async generator.</source>
        <translation>Снова объект range, но его [Symbol.asyncIterator] написан как асинхронный генератор.</translation>
    </message>
    <message>
        <source>milliseconds waited before each value</source>
        <translation>миллисекунд ожидания перед каждым значением</translation>
    </message>
    <message>
        <source>Yielding promises</source>
        <translation>Генератор промисов</translation>
    </message>
    <message>
        <source>An async generator that yields promises: each yield waits for its promise.</source>
        <translation>Асинхронный генератор, выдающий промисы: каждый yield ждёт свой промис.</translation>
    </message>
    <message>
        <source>the first number</source>
        <translation>первое число</translation>
    </message>
    <message>
        <source>the last number</source>
        <translation>последнее число</translation>
    </message>
    <message>
        <source>milliseconds each promise takes</source>
        <translation>сколько миллисекунд выполняется каждый промис</translation>
    </message>
    <message>
        <source>Socket messages</source>
        <translation>Сообщения из сокета</translation>
    </message>
    <message>
        <source>Callbacks turned into an async generator: a slow consumer lets messages pile up in the buffer.</source>
        <translation>Колбэки, превращённые в асинхронный генератор: у медленного потребителя сообщения копятся в буфере.</translation>
    </message>
    <message>
        <source>messages the socket sends</source>
        <translation>сколько сообщений отправляет сокет</translation>
    </message>
    <message>
        <source>milliseconds between messages</source>
        <translation>миллисекунд между сообщениями</translation>
    </message>
    <message>
        <source>milliseconds the consumer spends on each message</source>
        <translation>сколько миллисекунд потребитель тратит на каждое сообщение</translation>
    </message>
    <message>
        <source>Synchronous generator</source>
        <translation>Синхронный генератор</translation>
    </message>
    <message>
        <source>function* with for...of: every step happens in the same instant.</source>
        <translation>function* с for...of: все шаги происходят в один и тот же момент.</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>целое число от %1 до %2</translation>
    </message>
    <message>
        <source>%1 to %2 integers from %3 to %4, comma-separated</source>
        <translation>от %1 до %2 целых чисел от %3 до %4 через запятую</translation>
    </message>
</context>
<context>
    <name>EventVocabulary</name>
    <message>
        <source>next() called</source>
        <translation>вызов next()</translation>
    </message>
    <message>
        <source>the loop calls next()</source>
        <translation>цикл вызывает next()</translation>
    </message>
    <message>
        <source>return() called</source>
        <translation>вызов return()</translation>
    </message>
    <message>
        <source>the loop calls return()</source>
        <translation>цикл вызывает return()</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>возобновление</translation>
    </message>
    <message>
        <source>the generator resumes</source>
        <translation>генератор продолжает работу</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>an await starts</source>
        <translation>начинается await</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>завершение</translation>
    </message>
    <message>
        <source>an awaited operation settles</source>
        <translation>ожидаемая операция завершается</translation>
    </message>
    <message>
        <source>yielded</source>
        <translation>выдано значение</translation>
    </message>
    <message>
        <source>the generator yields a value</source>
        <translation>генератор выдаёт значение через yield</translation>
    </message>
    <message>
        <source>value received</source>
        <translation>получено значение</translation>
    </message>
    <message>
        <source>the loop receives a value</source>
        <translation>цикл получает значение</translation>
    </message>
    <message>
        <source>done</source>
        <translation>конец итерации</translation>
    </message>
    <message>
        <source>the iteration is done</source>
        <translation>итерация закончена</translation>
    </message>
    <message>
        <source>cleanup</source>
        <translation>очистка</translation>
    </message>
    <message>
        <source>the finally block runs</source>
        <translation>выполняется блок finally</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>an error is thrown</source>
        <translation>бросается ошибка</translation>
    </message>
    <message>
        <source>console.log</source>
        <translation>console.log</translation>
    </message>
    <message>
        <source>something is printed</source>
        <translation>что-то выводится</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>пришли данные</translation>
    </message>
    <message>
        <source>something arrives unasked</source>
        <translation>что-то приходит без запроса</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>буфер</translation>
    </message>
    <message>
        <source>the buffer changes</source>
        <translation>меняется буфер</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Потребитель</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>next()</source>
        <translation>next()</translation>
    </message>
    <message>
        <source>next() — the loop asks for the next value</source>
        <translation>next() — цикл просит следующее значение</translation>
    </message>
    <message>
        <source>return()</source>
        <translation>return()</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>return() — the loop stops early</source>
        <translation>return() — цикл останавливается досрочно</translation>
    </message>
    <message>
        <source>resumed — the producer&apos;s body continues</source>
        <translation>возобновление — тело производителя продолжает работу</translation>
    </message>
    <message>
        <source>await … settled</source>
        <translation>await … готово</translation>
    </message>
    <message>
        <source>await</source>
        <translation>await</translation>
    </message>
    <message>
        <source>await — an operation starts</source>
        <translation>await — операция начинается</translation>
    </message>
    <message>
        <source>settled — the operation completes</source>
        <translation>готово — операция завершилась</translation>
    </message>
    <message>
        <source>yield</source>
        <translation>yield</translation>
    </message>
    <message>
        <source>yield — the generator hands out a value</source>
        <translation>yield — генератор отдаёт значение</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>value — next() resolves with {done: false, value}</source>
        <translation>значение — next() разрешается объектом {done: false, value}</translation>
    </message>
    <message>
        <source>done — resolves with {done: true}; the loop ends</source>
        <translation>конец итерации — разрешается объектом {done: true}; цикл заканчивается</translation>
    </message>
    <message>
        <source>finally</source>
        <translation>finally</translation>
    </message>
    <message>
        <source>finally — the generator cleans up</source>
        <translation>finally — генератор прибирает за собой</translation>
    </message>
    <message>
        <source>error — the promise rejects</source>
        <translation>ошибка — промис отклоняется</translation>
    </message>
    <message>
        <source>log</source>
        <translation>вывод</translation>
    </message>
    <message>
        <source>arrived — a source pushes something unasked</source>
        <translation>пришли данные — источник присылает их без запроса</translation>
    </message>
    <message>
        <source>buffered</source>
        <translation>в буфере</translation>
    </message>
    <message>
        <source>buffer — items waiting in the producer&apos;s buffer</source>
        <translation>буфер — элементы ждут в буфере производителя</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>the for await loop</source>
        <extracomment>The loop that consumes an async iterator ({loop}).</extracomment>
        <translation>цикл for await</translation>
    </message>
    <message>
        <source>the for...of loop</source>
        <extracomment>The loop that consumes a plain iterator ({loop}).</extracomment>
        <translation>цикл for...of</translation>
    </message>
    <message>
        <source>the for await loop on line {line}</source>
        <extracomment>One of several loops consuming async iterators, told apart by its line ({loop}).</extracomment>
        <translation>цикл for await на строке {line}</translation>
    </message>
    <message>
        <source>the for...of loop on line {line}</source>
        <extracomment>One of several loops consuming plain iterators, told apart by its line ({loop}).</extracomment>
        <translation>цикл for...of на строке {line}</translation>
    </message>
    <message>
        <source>the generator {name}</source>
        <extracomment>One of several generators, told apart by its name in code font, `numbers()` ({producer}).</extracomment>
        <translation>генератор {name}</translation>
    </message>
    <message>
        <source>the generator</source>
        <extracomment>A generator function producing the values ({producer}).</extracomment>
        <translation>генератор</translation>
    </message>
    <message>
        <source>the iterator</source>
        <extracomment>An iterator object producing the values ({producer} of return()).</extracomment>
        <translation>итератор</translation>
    </message>
    <message>
        <source>the iterator&apos;s next()</source>
        <extracomment>An iterator&apos;s hand-written next() producing the values ({producer}, {target}).</extracomment>
        <translation>next() итератора</translation>
    </message>
    <message>
        <source>next() on the generator</source>
        <extracomment>What the loop calls when the producer is a generator ({target}).</extracomment>
        <translation>next() генератора</translation>
    </message>
    <message>
        <source>the loop body</source>
        <extracomment>The statements inside the loop ({who} runs a line).</extracomment>
        <translation>тело цикла</translation>
    </message>
    <message>
        <source>the program</source>
        <extracomment>Code outside the producer and the loop ({who} runs a line).</extracomment>
        <translation>программа</translation>
    </message>
    <message>
        <source>and waits for the promise it returns</source>
        <extracomment>Ends the first next() sentence of a for await loop ({waits}).</extracomment>
        <translation>и ждёт возвращённый им промис</translation>
    </message>
    <message>
        <source>and gets its answer at once, without waiting</source>
        <extracomment>Ends the first next() sentence of a for...of loop ({waits}).</extracomment>
        <translation>и сразу же получает ответ, без ожидания</translation>
    </message>
    <message>
        <source>starts a {ms} ms timer</source>
        <extracomment>A setTimeout starts ({started}).</extracomment>
        <translation>запускает таймер на {ms} мс</translation>
    </message>
    <message>
        <source>until it fires</source>
        <extracomment>What a pause at a timer&apos;s await waits for ({until}).</extracomment>
        <translation>пока таймер не сработает</translation>
    </message>
    <message>
        <source>the {ms} ms timer fires</source>
        <extracomment>A timer completes, told as it happens ({happens}).</extracomment>
        <translation>срабатывает таймер на {ms} мс</translation>
    </message>
    <message>
        <source>the timer has fired</source>
        <extracomment>A timer completed, told after the fact ({happened}).</extracomment>
        <translation>таймер сработал</translation>
    </message>
    <message>
        <source>which fires {ms} ms from now</source>
        <extracomment>A timer&apos;s completion told in advance ({later}).</extracomment>
        <translation>который сработает через {ms} мс</translation>
    </message>
    <message>
        <source>sends the request for {url}</source>
        <extracomment>A fetch() starts ({started}).</extracomment>
        <translation>отправляет запрос к {url}</translation>
    </message>
    <message>
        <source>until the response arrives</source>
        <extracomment>What a pause at a fetch&apos;s await waits for ({until}).</extracomment>
        <translation>пока не придёт ответ</translation>
    </message>
    <message>
        <source>the response for {url} arrives</source>
        <extracomment>A fetch completes, told as it happens ({happens}).</extracomment>
        <translation>приходит ответ на запрос к {url}</translation>
    </message>
    <message>
        <source>the response has arrived</source>
        <extracomment>A fetch completed, told after the fact ({happened}).</extracomment>
        <translation>ответ пришёл</translation>
    </message>
    <message>
        <source>whose response comes later</source>
        <extracomment>A fetch&apos;s completion told in advance ({later}).</extracomment>
        <translation>ответ на который придёт позже</translation>
    </message>
    <message>
        <source>asks {operation} for the parsed page</source>
        <extracomment>res.json() starts parsing a response ({started}).</extracomment>
        <translation>просит {operation} разобрать страницу</translation>
    </message>
    <message>
        <source>until it is ready</source>
        <extracomment>What a pause at res.json()&apos;s await waits for ({until}).</extracomment>
        <translation>пока разобранная страница не будет готова</translation>
    </message>
    <message>
        <source>the parsed page from {operation} is ready</source>
        <extracomment>res.json() completes, told as it happens ({happens}).</extracomment>
        <translation>готова разобранная страница от {operation}</translation>
    </message>
    <message>
        <source>the parsed page is ready</source>
        <extracomment>res.json() completed, told after the fact ({happened}).</extracomment>
        <translation>разобранная страница готова</translation>
    </message>
    <message>
        <source>which is ready a moment later</source>
        <extracomment>res.json()&apos;s completion told in advance ({later}).</extracomment>
        <translation>которая будет готова чуть позже</translation>
    </message>
    <message>
        <source>starts {operation}</source>
        <extracomment>Any other operation starts ({started}).</extracomment>
        <translation>запускает операцию {operation}</translation>
    </message>
    <message>
        <source>until it completes</source>
        <extracomment>What a pause at any other operation&apos;s await waits for ({until}).</extracomment>
        <translation>пока операция не завершится</translation>
    </message>
    <message>
        <source>the operation {operation} completes</source>
        <extracomment>Any other operation completes, told as it happens ({happens}).</extracomment>
        <translation>завершается операция {operation}</translation>
    </message>
    <message>
        <source>the operation {operation} has completed</source>
        <extracomment>Any other operation completed, told after the fact ({happened}).</extracomment>
        <translation>операция {operation} завершилась</translation>
    </message>
    <message>
        <source>which completes later</source>
        <extracomment>Any other operation&apos;s completion told in advance ({later}).</extracomment>
        <translation>которая завершится позже</translation>
    </message>
    <message>
        <source>The loop {code} starts: it calls next() on the generator, whose body has not run a single line yet, {waits}.</source>
        <extracomment>The loop&apos;s first next() call on a generator, quoting the loop&apos;s line.</extracomment>
        <translation>Цикл {code} начинается: он вызывает next() у генератора, тело которого ещё не выполнило ни одной строки, {waits}.</translation>
    </message>
    <message>
        <source>The loop {code} starts: it calls the iterator&apos;s next() {waits}.</source>
        <extracomment>The loop&apos;s first next() call on an iterator, quoting the loop&apos;s line.</extracomment>
        <translation>Цикл {code} начинается: он вызывает next() итератора {waits}.</translation>
    </message>
    <message>
        <source>{Loop} starts: it calls next() on the generator, whose body has not run a single line yet, {waits}.</source>
        <extracomment>The loop&apos;s first next() call on a generator, no line known.</extracomment>
        <translation>{Loop} начинается: он вызывает next() у генератора, тело которого ещё не выполнило ни одной строки, {waits}.</translation>
    </message>
    <message>
        <source>{Loop} starts: it calls the iterator&apos;s next() {waits}.</source>
        <extracomment>The loop&apos;s first next() call on an iterator, no line known.</extracomment>
        <translation>{Loop} начинается: он вызывает next() итератора {waits}.</translation>
    </message>
    <message>
        <source>{Loop} calls {target} again for the next value.</source>
        <extracomment>A later next() call of a for...of loop.</extracomment>
        <translation>{Loop} снова вызывает {target}, чтобы получить следующее значение.</translation>
    </message>
    <message>
        <source>{Loop} calls {target} again and waits for the promise of the next value.</source>
        <extracomment>A later next() call of a for await loop.</extracomment>
        <translation>{Loop} снова вызывает {target} и ждёт промис со следующим значением.</translation>
    </message>
    <message>
        <source>{code} leaves the loop early, so {loop} calls return() on {producer} to tell it that no more values are wanted.</source>
        <extracomment>The loop calls return() because of the quoted break statement.</extracomment>
        <translation>{code} досрочно выходит из цикла, поэтому {loop} вызывает return(): так {producer} узнаёт, что значения больше не нужны.</translation>
    </message>
    <message>
        <source>The loop is left early at {code}, so {loop} calls return() on {producer} to tell it that no more values are wanted.</source>
        <extracomment>The loop calls return() at the quoted line (no break on it).</extracomment>
        <translation>Цикл досрочно покидается на строке {code}, поэтому {loop} вызывает return(): так {producer} узнаёт, что значения больше не нужны.</translation>
    </message>
    <message>
        <source>The loop is left early, so {loop} calls return() on {producer} to tell it that no more values are wanted.</source>
        <extracomment>The loop calls return(), no line known.</extracomment>
        <translation>Цикл досрочно покидается, поэтому {loop} вызывает return(): так {producer} узнаёт, что значения больше не нужны.</translation>
    </message>
    <message>
        <source>Now that {happened}, {producer} continues after {code}.</source>
        <extracomment>The producer continues after the operation it awaited at the quoted line completed.</extracomment>
        <translation>Теперь, когда {happened}, {producer} продолжает работу после {code}.</translation>
    </message>
    <message>
        <source>Now that {happened}, {producer} continues.</source>
        <extracomment>The producer continues after the operation it awaited completed, no line known.</extracomment>
        <translation>Теперь, когда {happened}, {producer} продолжает работу.</translation>
    </message>
    <message>
        <source>return() wakes {producer} at {code}, but instead of continuing it acts as if `return` stood there, so the body finishes.</source>
        <extracomment>return() wakes the producer paused at the quoted line, which then finishes.</extracomment>
        <translation>return() пробуждает {producer} в точке {code}, но вместо того чтобы продолжить работу, он ведёт себя так, будто там стоит `return`, и тело завершается.</translation>
    </message>
    <message>
        <source>return() wakes {producer}, but instead of continuing it acts as if `return` stood there, so the body finishes.</source>
        <extracomment>return() wakes the producer, which then finishes; no line known.</extracomment>
        <translation>return() пробуждает {producer}, но вместо того чтобы продолжить работу, он ведёт себя так, будто там стоит `return`, и тело завершается.</translation>
    </message>
    <message>
        <source>next() wakes the generator for the first time: its body starts running at the top, {code}.</source>
        <extracomment>The first next() starts a generator&apos;s body; {code} is its first line.</extracomment>
        <translation>next() впервые пробуждает генератор: его тело начинает выполняться с самого начала, с {code}.</translation>
    </message>
    <message>
        <source>next() wakes the generator for the first time: its body starts running at the top.</source>
        <extracomment>The first next() starts a generator&apos;s body; no line known.</extracomment>
        <translation>next() впервые пробуждает генератор: его тело начинает выполняться с самого начала.</translation>
    </message>
    <message>
        <source>next() runs the generator&apos;s body again from the top, {code}.</source>
        <extracomment>A generator&apos;s body starts at its top again (another generator object).</extracomment>
        <translation>next() снова выполняет тело генератора с самого начала, с {code}.</translation>
    </message>
    <message>
        <source>next() runs the generator&apos;s body again from the top.</source>
        <extracomment>A generator&apos;s body starts at its top again; no line known.</extracomment>
        <translation>next() снова выполняет тело генератора с самого начала.</translation>
    </message>
    <message>
        <source>The iterator&apos;s async next() starts running: {code}.</source>
        <extracomment>A hand-written async next() starts for the first time; {code} is its header.</extracomment>
        <translation>Асинхронный next() итератора начинает выполняться: {code}.</translation>
    </message>
    <message>
        <source>The iterator&apos;s async next() starts running.</source>
        <extracomment>A hand-written async next() starts for the first time; no line known.</extracomment>
        <translation>Асинхронный next() итератора начинает выполняться.</translation>
    </message>
    <message>
        <source>This call runs the iterator&apos;s async next() from the top again: {code}.</source>
        <extracomment>A hand-written async next() runs again, for the next value.</extracomment>
        <translation>Этот вызов снова выполняет асинхронный next() итератора с самого начала: {code}.</translation>
    </message>
    <message>
        <source>This call runs the iterator&apos;s async next() from the top again.</source>
        <extracomment>A hand-written async next() runs again; no line known.</extracomment>
        <translation>Этот вызов снова выполняет асинхронный next() итератора с самого начала.</translation>
    </message>
    <message>
        <source>next() wakes {producer} again: it continues right after {code}, which handed out {value}.</source>
        <extracomment>next() resumes a generator paused at the quoted yield, which handed out {value}.</extracomment>
        <translation>next() снова пробуждает {producer}: он продолжает работу сразу после {code}, где было выдано значение {value}.</translation>
    </message>
    <message>
        <source>next() wakes {producer} again: it continues right after {code}.</source>
        <extracomment>next() resumes a generator paused at the quoted yield.</extracomment>
        <translation>next() снова пробуждает {producer}: он продолжает работу сразу после {code}.</translation>
    </message>
    <message>
        <source>The promise awaited at {code} has resolved, so {producer} continues after it.</source>
        <extracomment>The producer continues after the quoted await.</extracomment>
        <translation>Промис, которого ждали в {code}, разрешился, поэтому {producer} продолжает работу после этой строки.</translation>
    </message>
    <message>
        <source>{Producer} resumes at {code}.</source>
        <extracomment>The producer resumes at the quoted line, for no reason the trace shows.</extracomment>
        <translation>{Producer} возобновляет работу в точке {code}.</translation>
    </message>
    <message>
        <source>{Producer} resumes.</source>
        <extracomment>The producer resumes; no line known.</extracomment>
        <translation>{Producer} возобновляет работу.</translation>
    </message>
    <message>
        <source>{code} {started}, and {who} pauses at this await {until}.</source>
        <extracomment>An operation starts at the quoted await, and {who} (the producer or the program) pauses.</extracomment>
        <translation>{code} {started}, и {who} приостанавливается на этом await, {until}.</translation>
    </message>
    <message>
        <source>{Who} {started}, and {who} pauses at this await {until}.</source>
        <extracomment>An operation starts at an await of {who}; no line known.</extracomment>
        <translation>{Who} {started}, и {who} приостанавливается на этом await, {until}.</translation>
    </message>
    <message>
        <source>{code} {started}, and the loop body pauses at this await {until}; meanwhile nobody asks {producer} for more.</source>
        <extracomment>An operation starts at the quoted await in the loop&apos;s body, which holds up the producer.</extracomment>
        <translation>{code} {started}, и тело цикла приостанавливается на этом await, {until}; тем временем {producer} никто не просит о новых значениях.</translation>
    </message>
    <message>
        <source>The loop body {started}, and the loop body pauses at this await {until}; meanwhile nobody asks {producer} for more.</source>
        <extracomment>An operation starts at an await in the loop&apos;s body; no line known.</extracomment>
        <translation>Тело цикла {started} и приостанавливается на этом await, {until}; тем временем {producer} никто не просит о новых значениях.</translation>
    </message>
    <message>
        <source>{code} {started}, {later}.</source>
        <extracomment>An operation starts at the quoted line, which does not await it.</extracomment>
        <translation>{code} {started}, {later}.</translation>
    </message>
    <message>
        <source>{Happens} at t = {t} ms</source>
        <extracomment>When a timer fires, at virtual time {t} milliseconds ({when}).</extracomment>
        <translation>{Happens} в момент t = {t} мс</translation>
    </message>
    <message>
        <source>After {waited} ms, {happens}</source>
        <extracomment>When an operation completes, {waited} milliseconds after it started ({when}).</extracomment>
        <translation>Через {waited} мс {happens}</translation>
    </message>
    <message>
        <source>{Happens} at once</source>
        <extracomment>When an operation completes in the same instant it started ({when}).</extracomment>
        <translation>{Happens} сразу же</translation>
    </message>
    <message>
        <source>{Happens}</source>
        <extracomment>When an operation whose start is unknown completes ({when}).</extracomment>
        <translation>{Happens}</translation>
    </message>
    <message>
        <source>{when}: the promise that {who} awaits resolves.</source>
        <extracomment>An operation completes and the await of {who} resolves.</extracomment>
        <translation>{when}: промис, которого ждёт {who}, разрешается.</translation>
    </message>
    <message>
        <source>{when}: its promise resolves.</source>
        <extracomment>An operation completes; nobody known awaits it.</extracomment>
        <translation>{when}: промис этой операции разрешается.</translation>
    </message>
    <message>
        <source>{code} hands out {value}: next() returns {result} at once, and the generator pauses right here.</source>
        <extracomment>A synchronous generator yields {value} at the quoted line.</extracomment>
        <translation>{code} выдаёт {value}: next() сразу возвращает {result}, и генератор приостанавливается прямо здесь.</translation>
    </message>
    <message>
        <source>The generator yields {value}: next() returns {result} at once, and the generator pauses right here.</source>
        <extracomment>A synchronous generator yields {value}; no line known.</extracomment>
        <translation>Генератор выдаёт {value} через yield: next() сразу возвращает {result}, и генератор приостанавливается прямо здесь.</translation>
    </message>
    <message>
        <source>{code} hands out {value}: the promise next() returned resolves with {result}, and the generator pauses right here.</source>
        <extracomment>An async generator yields {value} at the quoted line.</extracomment>
        <translation>{code} выдаёт {value}: промис, который вернул next(), разрешается значением {result}, и генератор приостанавливается прямо здесь.</translation>
    </message>
    <message>
        <source>The generator yields {value}: the promise next() returned resolves with {result}, and the generator pauses right here.</source>
        <extracomment>An async generator yields {value}; no line known.</extracomment>
        <translation>Генератор выдаёт {value} через yield: промис, который вернул next(), разрешается значением {result}, и генератор приостанавливается прямо здесь.</translation>
    </message>
    <message>
        <source>{code} answers next() with the value {value}: its promise resolves with {result}.</source>
        <extracomment>A hand-written next() answers with {value} at the quoted line.</extracomment>
        <translation>{code} отвечает на next() значением {value}: его промис разрешается значением {result}.</translation>
    </message>
    <message>
        <source>next() answers with the value {value}: its promise resolves with {result}.</source>
        <extracomment>A hand-written next() answers with {value}; no line known.</extracomment>
        <translation>next() отвечает значением {value}: его промис разрешается значением {result}.</translation>
    </message>
    <message>
        <source>{Loop} receives {value} and runs its body.</source>
        <extracomment>The loop receives {value}; its variable is not known.</extracomment>
        <translation>{Loop} получает {value} и выполняет своё тело.</translation>
    </message>
    <message>
        <source>{Loop} receives {value} and runs its body with {variable} = {value}.</source>
        <extracomment>The loop receives {value} into its variable {variable} (quoted as code).</extracomment>
        <translation>{Loop} получает {value} и выполняет своё тело с {variable} = {value}.</translation>
    </message>
    <message>
        <source>return() resolves with {result}: {producer} is finished, and the program continues after the loop.</source>
        <extracomment>return()&apos;s promise resolves after the loop was left early (for await).</extracomment>
        <translation>return() разрешается значением {result}: {producer} завершён, и программа продолжает работу после цикла.</translation>
    </message>
    <message>
        <source>return() returns {result}: {producer} is finished, and the program continues after the loop.</source>
        <extracomment>return() returns after the loop was left early (for...of).</extracomment>
        <translation>return() возвращает {result}: {producer} завершён, и программа продолжает работу после цикла.</translation>
    </message>
    <message>
        <source>next() resolves with {result}: the generator&apos;s body has ended, so {loop} ends.</source>
        <extracomment>An async generator&apos;s body ended: the loop ends.</extracomment>
        <translation>next() разрешается значением {result}: тело генератора закончилось, поэтому {loop} завершается.</translation>
    </message>
    <message>
        <source>next() returns {result}: the generator&apos;s body has ended, so {loop} ends.</source>
        <extracomment>A synchronous generator&apos;s body ended: the loop ends.</extracomment>
        <translation>next() возвращает {result}: тело генератора закончилось, поэтому {loop} завершается.</translation>
    </message>
    <message>
        <source>The iterator&apos;s next() resolves with {result}, so {loop} ends.</source>
        <extracomment>A hand-written async next() says it is done: the loop ends.</extracomment>
        <translation>next() итератора разрешается значением {result}, поэтому {loop} завершается.</translation>
    </message>
    <message>
        <source>The iterator&apos;s next() returns {result}, so {loop} ends.</source>
        <extracomment>A hand-written next() says it is done: the loop ends.</extracomment>
        <translation>next() итератора возвращает {result}, поэтому {loop} завершается.</translation>
    </message>
    <message>
        <source>The generator&apos;s cleanup runs ({code}): a finally block runs however the loop ends, even when it stops early.</source>
        <extracomment>A generator&apos;s finally block runs the quoted line.</extracomment>
        <translation>Выполняется очистка в генераторе ({code}): блок finally выполняется, как бы ни закончился цикл, даже если он остановлен досрочно.</translation>
    </message>
    <message>
        <source>The generator&apos;s cleanup runs: a finally block runs however the loop ends, even when it stops early.</source>
        <extracomment>A generator&apos;s finally block runs; no line known.</extracomment>
        <translation>Выполняется очистка в генераторе: блок finally выполняется, как бы ни закончился цикл, даже если он остановлен досрочно.</translation>
    </message>
    <message>
        <source>The iterator&apos;s cleanup runs ({code}): a finally block runs however the loop ends, even when it stops early.</source>
        <extracomment>An iterator&apos;s cleanup (its return()) runs the quoted line.</extracomment>
        <translation>Выполняется очистка в итераторе ({code}): блок finally выполняется, как бы ни закончился цикл, даже если он остановлен досрочно.</translation>
    </message>
    <message>
        <source>The iterator&apos;s cleanup runs: a finally block runs however the loop ends, even when it stops early.</source>
        <extracomment>An iterator&apos;s cleanup runs; no line known.</extracomment>
        <translation>Выполняется очистка в итераторе: блок finally выполняется, как бы ни закончился цикл, даже если он остановлен досрочно.</translation>
    </message>
    <message>
        <source>The promise of next() rejects with the error &quot;{message}&quot;, so {loop} throws it at {code} and the loop stops.</source>
        <extracomment>next()&apos;s promise rejects; the loop throws at the quoted line.</extracomment>
        <translation>Промис от next() отклоняется с ошибкой «{message}», поэтому {loop} выбрасывает её на строке {code}, и цикл останавливается.</translation>
    </message>
    <message>
        <source>The promise of next() rejects with the error &quot;{message}&quot;, so {loop} throws it and the loop stops.</source>
        <extracomment>next()&apos;s promise rejects; no line known.</extracomment>
        <translation>Промис от next() отклоняется с ошибкой «{message}», поэтому {loop} выбрасывает её, и цикл останавливается.</translation>
    </message>
    <message>
        <source>{code} prints {what} to the console.</source>
        <extracomment>The quoted console.log line prints {what}.</extracomment>
        <translation>{code} выводит в консоль {what}.</translation>
    </message>
    <message>
        <source>The program prints {what} to the console.</source>
        <extracomment>Something prints {what}; no line known.</extracomment>
        <translation>Программа выводит в консоль {what}.</translation>
    </message>
    <message>
        <source>a line break</source>
        <extracomment>What is printed: only line breaks ({what}).</extracomment>
        <translation>перевод строки</translation>
    </message>
    <message>
        <source>a line break, then {what}</source>
        <extracomment>What is printed: a line break, then more ({what}).</extracomment>
        <translation>перевод строки, а затем {what}</translation>
    </message>
    <message>
        <source>an empty line</source>
        <extracomment>What is printed: nothing visible ({what}).</extracomment>
        <translation>пустую строку</translation>
    </message>
    <message>
        <source>&quot;{text}&quot;</source>
        <extracomment>What is printed: several words, {text} exactly as printed ({what}).</extracomment>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>{text}</source>
        <extracomment>What is printed: one word or number, {text} exactly as printed ({what}).</extracomment>
        <translation>{text}</translation>
    </message>
    <message>
        <source>New data arrives by itself, without anyone asking for it: {value} (from {code}).</source>
        <extracomment>A source (a socket, a stream) pushes {value} unasked, at the quoted line.</extracomment>
        <translation>Новые данные приходят сами, без всякого запроса: {value} (из {code}).</translation>
    </message>
    <message>
        <source>New data arrives by itself, without anyone asking for it: {value}.</source>
        <extracomment>A source pushes {value} unasked; no line known.</extracomment>
        <translation>Новые данные приходят сами, без всякого запроса: {value}.</translation>
    </message>
    <message>
        <source>The buffer is empty again: the next value will have to be waited for.</source>
        <extracomment>The producer&apos;s buffer of waiting items became empty.</extracomment>
        <translation>Буфер снова пуст: следующего значения придётся подождать.</translation>
    </message>
    <message numerus="yes">
        <source>%n item now waits in the buffer until the loop asks for it with next().</source>
        <extracomment>One item waits in the producer&apos;s buffer (%n is 1).</extracomment>
        <translation>
            <numerusform>Теперь %n элемент ждёт в буфере, пока цикл не запросит его через next().</numerusform>
            <numerusform>Теперь %n элемента ждут в буфере, пока цикл не запросит их через next().</numerusform>
            <numerusform>Теперь %n элементов ждут в буфере, пока цикл не запросит их через next().</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items now wait in the buffer until the loop asks for them with next().</source>
        <extracomment>%n items wait in the producer&apos;s buffer (any count but 0 and 1).</extracomment>
        <translation>
            <numerusform>Теперь %n элемент ждёт в буфере, пока цикл не запросит его через next().</numerusform>
            <numerusform>Теперь %n элемента ждут в буфере, пока цикл не запросит их через next().</numerusform>
            <numerusform>Теперь %n элементов ждут в буфере, пока цикл не запросит их через next().</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} items now wait in the buffer until the loop asks for them with next().</source>
        <extracomment>A count of waiting items that is not a whole number ({count}, from a hand-made trace).</extracomment>
        <translation>Теперь в буфере ждут элементы ({count}), пока цикл не запросит их через next().</translation>
    </message>
</context>
<context>
    <name>PresentationSize</name>
    <message>
        <source>&amp;Window (full screen)</source>
        <translation>&amp;Окно (во весь экран)</translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <source>for await</source>
        <translation>for await</translation>
    </message>
    <message>
        <source>generator /
iterator</source>
        <translation>генератор /
итератор</translation>
    </message>
    <message>
        <source>timers &amp;
network</source>
        <translation>таймеры
и сеть</translation>
    </message>
    <message>
        <source>console</source>
        <translation>консоль</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>потребитель</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>производитель</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <source>console.log</source>
        <translation>console.log</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>other</source>
        <translation>прочие</translation>
    </message>
    <message>
        <source>for await (consumer)</source>
        <translation>for await (потребитель)</translation>
    </message>
    <message>
        <source>generator / iterator (producer)</source>
        <translation>генератор / итератор (производитель)</translation>
    </message>
    <message>
        <source>timers &amp; network (sources)</source>
        <translation>таймеры и сеть (источники)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <extracomment>A generator or a loop named with its line: &quot;numbers() (line 2)&quot;, &quot;for await (line 12)&quot;.</extracomment>
        <translation>%1 (строка %2)</translation>
    </message>
    <message>
        <source>belongs to %1</source>
        <extracomment>The generator or loop an event belongs to, in its tooltip: &quot;belongs to numbers() (line 3)&quot;.</extracomment>
        <translation>относится к %1</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>значение: %1</translation>
    </message>
    <message>
        <source>pending since t = %1 (#%2)</source>
        <translation>ожидается с t = %1 (#%2)</translation>
    </message>
    <message>
        <source>awaited from t = %1 to t = %2 (%3), #%4 → #%5</source>
        <translation>ожидание с t = %1 до t = %2 (%3), #%4 → #%5</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>time →</source>
        <translation>время →</translation>
    </message>
    <message>
        <source>yield %1</source>
        <translation>yield %1</translation>
    </message>
    <message>
        <source>buffer %1</source>
        <translation>буфер %1</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>момент</translation>
    </message>
    <message>
        <source>same instant</source>
        <translation>одновременно</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>a time on the axis and in tooltips: %1 milliseconds</comment>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>a time on the axis and in tooltips: %1 seconds</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
</context>
<context>
    <name>ys::ui::ChromeTraceExporter</name>
    <message>
        <source>Export as &amp;Chrome trace…</source>
        <translation>Экспорт в трассу &amp;Chrome…</translation>
    </message>
    <message>
        <source>Save the whole run for Perfetto or chrome://tracing</source>
        <translation>Сохранить весь прогон для Perfetto или chrome://tracing</translation>
    </message>
    <message>
        <source>Export as Chrome trace</source>
        <translation>Экспорт в трассу Chrome</translation>
    </message>
    <message>
        <source>Trace Event Format (*.json);;All files (*)</source>
        <translation>Trace Event Format (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot export %1: another file is being opened or saved</source>
        <translation>Не удаётся экспортировать %1: сейчас открывается или сохраняется другой файл</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>Не удаётся экспортировать %1: %2</translation>
    </message>
    <message>
        <source>Exporting %1 cancelled: the file is as it was</source>
        <translation>Экспорт %1 отменён: файл остался прежним</translation>
    </message>
    <message>
        <source>Exported the run to %1</source>
        <translation>Прогон экспортирован в %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт %1…</translation>
    </message>
    <message>
        <source>Run the demo to the end without a window and write its trace in the Trace Event Format that Perfetto and chrome://tracing open (- for standard output).</source>
        <translation>Выполнить пример до конца без окна и записать его трассу в формате Trace Event Format, который открывают Perfetto и chrome://tracing (- — стандартный вывод).</translation>
    </message>
</context>
<context>
    <name>ys::ui::CodeView</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>The demo&apos;s JavaScript; the current event&apos;s line is marked</source>
        <translation>Код примера на JavaScript; строка текущего события отмечена</translation>
    </message>
    <message>
        <source>The demo&apos;s JavaScript. ▶ marks the line of the current event, ▷ the previous one.</source>
        <translation>Код примера на JavaScript. ▶ отмечает строку текущего события, ▷ — предыдущего.</translation>
    </message>
</context>
<context>
    <name>ys::ui::CompareWindow</name>
    <message>
        <source>Yieldscope — Compare two runs</source>
        <translation>Yieldscope — сравнение двух прогонов</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Воспроизведение</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Сбросить</translation>
    </message>
    <message>
        <source>Run both again from the beginning</source>
        <translation>Запустить оба прогона заново с начала</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom into both timelines</source>
        <translation>Увеличить обе временные шкалы</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Zoom out of both timelines</source>
        <translation>Уменьшить обе временные шкалы</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Вместить</translation>
    </message>
    <message>
        <source>Fit both runs into the width</source>
        <translation>Вместить оба прогона по ширине</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ср&amp;авнить</translation>
    </message>
    <message>
        <source>Ready pair</source>
        <translation>Готовая пара</translation>
    </message>
    <message>
        <source>A ready pair of runs that differ in one thing</source>
        <translation>Готовая пара прогонов, различающихся одним</translation>
    </message>
    <message>
        <source>Demo of run %1</source>
        <translation>Пример прогона %1</translation>
    </message>
    <message>
        <source>Timeline of run %1</source>
        <translation>Временная шкала прогона %1</translation>
    </message>
    <message>
        <source>Press Space to play both runs or → to step.</source>
        <translation>Нажмите Пробел, чтобы воспроизвести оба прогона, или →, чтобы сделать шаг.</translation>
    </message>
    <message>
        <source>Your own pair: what differs is in the headings.</source>
        <translation>Ваша собственная пара: чем прогоны различаются, видно в заголовках.</translation>
    </message>
    <message>
        <source>&lt;b&gt;■ ended at t = %1&lt;/b&gt;&lt;br&gt;%2 events</source>
        <translation>&lt;b&gt;■ завершён при t = %1&lt;/b&gt;&lt;br&gt;событий: %2</translation>
    </message>
    <message>
        <source>t = %1&lt;br&gt;event %2 of %3</source>
        <translation>t = %1&lt;br&gt;событие %2 из %3</translation>
    </message>
    <message>
        <source>not started&lt;br&gt;%1 events</source>
        <translation>не начат&lt;br&gt;событий: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;(cut at %1 events)</source>
        <translation>&lt;br&gt;(обрезан на %1-м событии)</translation>
    </message>
</context>
<context>
    <name>ys::ui::ConsolePanel</name>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>What the program has printed with console.log so far</source>
        <translation>Что программа уже вывела через console.log</translation>
    </message>
    <message>
        <source>Console (1 output)</source>
        <translation>Консоль (1 вывод)</translation>
    </message>
    <message>
        <source>Console (%L1 outputs)</source>
        <translation>Консоль (выводов: %L1)</translation>
    </message>
</context>
<context>
    <name>ys::ui::ConsoleView</name>
    <message>
        <source>… 1 earlier output: scroll up to see it</source>
        <translation>… ещё 1 вывод выше: прокрутите вверх, чтобы его увидеть</translation>
    </message>
    <message>
        <source>… %L1 earlier outputs: scroll up to see them</source>
        <translation>… выше ещё выводов: %L1; прокрутите вверх, чтобы их увидеть</translation>
    </message>
</context>
<context>
    <name>ys::ui::DemoPanel</name>
    <message>
        <source>De&amp;mo</source>
        <translation>П&amp;ример</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>The program to step through (Ctrl+1, Ctrl+2, …)</source>
        <translation>Программа, которую нужно пройти по шагам (Ctrl+1, Ctrl+2, …)</translation>
    </message>
    <message>
        <source>What the demo shows</source>
        <translation>Что показывает пример</translation>
    </message>
    <message>
        <source>A recorded run of an unknown demo: no code to show.</source>
        <translation>Записанный прогон неизвестного примера: показать код нельзя.</translation>
    </message>
    <message>
        <source>A recorded run of a program: its code is shown as it was run.</source>
        <translation>Записанный прогон программы: её код показан таким, каким он был запущен.</translation>
    </message>
    <message>
        <source>Your program</source>
        <translation>Ваша программа</translation>
    </message>
    <message>
        <source>Your own program, from the editor. Choosing a demo goes back to the demos; your program stays in the editor.</source>
        <translation>Ваша собственная программа из редактора. Выберите пример, чтобы вернуться к примерам; программа останется в редакторе.</translation>
    </message>
</context>
<context>
    <name>ys::ui::EditorController</name>
    <message>
        <source>&amp;Edit this demo</source>
        <translation>&amp;Изменить этот пример</translation>
    </message>
    <message>
        <source>Copy this demo&apos;s code, with its parameters, into an editor</source>
        <translation>Скопировать код этого примера вместе с параметрами в редактор</translation>
    </message>
    <message>
        <source>&amp;New program</source>
        <translation>&amp;Новая программа</translation>
    </message>
    <message>
        <source>Write a program of your own, from a short example</source>
        <translation>Написать свою программу, начав с короткого примера</translation>
    </message>
    <message>
        <source>&amp;Run your program</source>
        <translation>&amp;Запустить свою программу</translation>
    </message>
    <message>
        <source>Run the program in the editor</source>
        <translation>Запустить программу из редактора</translation>
    </message>
    <message>
        <source>Stop your &amp;program</source>
        <translation>Остановить свою &amp;программу</translation>
    </message>
    <message>
        <source>Stop the program running</source>
        <translation>Остановить выполнение программы</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Your program</source>
        <translation>Ваша программа</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Back to the editor (Ctrl+E)</source>
        <translation>Вернуться в редактор (Ctrl+E)</translation>
    </message>
    <message>
        <source>▶ Run</source>
        <translation>▶ Запустить</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Остановить</translation>
    </message>
    <message>
        <source>Change the program, then press Ctrl+Enter to run it.</source>
        <translation>Измените программу, затем нажмите Ctrl+Enter, чтобы запустить её.</translation>
    </message>
    <message>
        <source>Your program from last time (1 line) is kept.</source>
        <translation>Ваша программа с прошлого раза (1 строка) сохранена.</translation>
    </message>
    <message>
        <source>Your program from last time (%L1 lines) is kept.</source>
        <translation>Ваша программа с прошлого раза (строк: %L1) сохранена.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Running your program…</source>
        <translation>Ваша программа выполняется…</translation>
    </message>
    <message>
        <source>Running your program… (■ Stop ends it)</source>
        <translation>Ваша программа выполняется… (■ Остановить прерывает её)</translation>
    </message>
    <message>
        <source>Your program&apos;s run ended while another run was chosen; Run shows it again.</source>
        <translation>Прогон вашей программы закончился, пока был выбран другой прогон; «▶ Запустить» покажет его снова.</translation>
    </message>
    <message>
        <source>Yieldscope — your program</source>
        <translation>Yieldscope — ваша программа</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 событие</translation>
    </message>
    <message>
        <source>%L1 events</source>
        <translation>событий: %L1</translation>
    </message>
    <message>
        <source>Ran to its end: %1. Press → to step, Space to play.</source>
        <translation>Выполнена до конца (%1). Нажмите →, чтобы сделать шаг, или Пробел, чтобы воспроизвести.</translation>
    </message>
</context>
<context>
    <name>ys::ui::FileProgressDialog</name>
    <message>
        <source>Saving %1</source>
        <translation>Сохранение %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Открытие %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Запись %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Чтение %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Running the demo to its end first</source>
        <translation>Сначала пример выполняется до конца</translation>
    </message>
    <message>
        <source>%1 events so far</source>
        <translation>событий пока: %1</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>событий: %1 из %2</translation>
    </message>
</context>
<context>
    <name>ys::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системный</translation>
    </message>
</context>
<context>
    <name>ys::ui::ListingExporter</name>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Write the demo&apos;s JavaScript listing, rendered with its parameters, to file (- for standard output).</source>
        <translation>Записать код примера на JavaScript с подставленными параметрами в файл file (- — стандартный вывод).</translation>
    </message>
</context>
<context>
    <name>ys::ui::MainWindow</name>
    <message>
        <source> — Note: “%1”</source>
        <translation> — заметка: «%1»</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>S&amp;top running to the end</source>
        <translation>О&amp;становить выполнение до конца</translation>
    </message>
    <message>
        <source>Stop running to the end; what was recorded stays</source>
        <translation>Остановить выполнение до конца; записанное сохранится</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Сбросить</translation>
    </message>
    <message>
        <source>Start the run again from the beginning</source>
        <translation>Начать прогон заново с начала</translation>
    </message>
    <message>
        <source>Reset &amp;parameters to defaults</source>
        <translation>Сбросить &amp;параметры к значениям по умолчанию</translation>
    </message>
    <message>
        <source>Set every parameter back to its default</source>
        <translation>Вернуть каждому параметру значение по умолчанию</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom into the timeline</source>
        <translation>Увеличить временную шкалу</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Zoom out of the timeline</source>
        <translation>Уменьшить временную шкалу</translation>
    </message>
    <message>
        <source>&amp;Fit timeline</source>
        <translation>&amp;Вместить шкалу</translation>
    </message>
    <message>
        <source>Fit the whole run into the timeline</source>
        <translation>Вместить весь прогон во временную шкалу</translation>
    </message>
    <message>
        <source>F&amp;ollow the current event</source>
        <translation>&amp;Следить за текущим событием</translation>
    </message>
    <message>
        <source>Keep the current event in view</source>
        <translation>Держать текущее событие в поле зрения</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Режим &amp;показа</translation>
    </message>
    <message>
        <source>Full screen, with larger code, timeline and narration for a classroom</source>
        <translation>Во весь экран, с крупным кодом, временной шкалой и пояснениями — для занятия в классе</translation>
    </message>
    <message>
        <source>&amp;Quiz mode</source>
        <translation>Режим &amp;викторины</translation>
    </message>
    <message>
        <source>Before each event, the class guesses what happens next</source>
        <translation>Перед каждым событием класс угадывает, что произойдёт дальше</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Close Yieldscope</source>
        <translation>Закрыть Yieldscope</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>List the keys</source>
        <translation>Показать список клавиш</translation>
    </message>
    <message>
        <source>&amp;About Yieldscope</source>
        <translation>&amp;О программе Yieldscope</translation>
    </message>
    <message>
        <source>About Yieldscope</source>
        <translation>О программе Yieldscope</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Yieldscope&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Makes JavaScript async iteration visible, one event at a time: every next() call, await, yield, value received and return() of a demo, drawn on a timeline beside its code.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Yieldscope&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Показывает асинхронную итерацию в JavaScript наглядно, событие за событием: каждый вызов next(), await, yield, полученное значение и return() примера — на временной шкале рядом с его кодом.&lt;/p&gt;&lt;p&gt;Распространяется по лицензии MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Пример</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Прогон</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <source>Presentation si&amp;ze</source>
        <translation>&amp;Размер для показа</translation>
    </message>
    <message>
        <source>&amp;Compare two runs…</source>
        <translation>&amp;Сравнить два прогона…</translation>
    </message>
    <message>
        <source>Two runs on one time axis, stepped together</source>
        <translation>Два прогона на одной оси времени, с общими шагами</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Воспроизведение</translation>
    </message>
    <message>
        <source>Playback controls</source>
        <translation>Управление воспроизведением</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Replay a saved run from a trace file</source>
        <translation>Воспроизвести сохранённый прогон из файла трассы</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Записать…</translation>
    </message>
    <message>
        <source>Record the run as it plays, in presentation mode, as PNG frames or a video</source>
        <translation>Записать прогон по ходу воспроизведения, в режиме показа, как кадры PNG или видео</translation>
    </message>
    <message>
        <source>Open a trace</source>
        <translation>Открыть трассу</translation>
    </message>
    <message>
        <source>Cannot open %1: another file is being opened or saved</source>
        <translation>Не удаётся открыть %1: сейчас открывается или сохраняется другой файл</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Opening %1 cancelled: the run is as it was</source>
        <translation>Открытие %1 отменено: прогон остался прежним</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n event(s)</source>
        <translation>
            <numerusform>Открыт %1: %n событие</numerusform>
            <numerusform>Открыт %1: %n события</numerusform>
            <numerusform>Открыт %1: %n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ys::ui::NarrationBanner</name>
    <message>
        <source>Narration</source>
        <translation>Пояснения</translation>
    </message>
    <message>
        <source>What the current event means</source>
        <translation>Что означает текущее событие</translation>
    </message>
    <message>
        <source>Current event</source>
        <translation>Текущее событие</translation>
    </message>
    <message>
        <source>■ The program has finished: nothing is left to run.</source>
        <translation>■ Программа завершилась: выполнять больше нечего.</translation>
    </message>
    <message>
        <source>Run ended</source>
        <translation>Прогон завершён</translation>
    </message>
</context>
<context>
    <name>ys::ui::NarrationPanel</name>
    <message>
        <source>Press Space to play or → to step.</source>
        <translation>Нажмите Пробел, чтобы воспроизвести, или →, чтобы сделать шаг.</translation>
    </message>
    <message>
        <source>Running the demo to its end; its last event shows when it gets there. Press Esc to stop it here.</source>
        <translation>Пример выполняется до конца; когда он дойдёт до конца, будет показано последнее событие. Нажмите Esc, чтобы остановиться здесь.</translation>
    </message>
    <message>
        <source> — Note: “%1”</source>
        <translation> — заметка: «%1»</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Значение: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
</context>
<context>
    <name>ys::ui::NoteController</name>
    <message>
        <source>&amp;Pin a note…</source>
        <translation>&amp;Прикрепить заметку…</translation>
    </message>
    <message>
        <source>Remove the &amp;note</source>
        <translation>Удалить &amp;заметку</translation>
    </message>
    <message>
        <source>Pin a short note to the event shown, for the room to see</source>
        <translation>Прикрепить к показанному событию короткую заметку, чтобы её видел весь класс</translation>
    </message>
    <message>
        <source>Remove the note pinned to the event shown</source>
        <translation>Удалить заметку, прикреплённую к показанному событию</translation>
    </message>
    <message>
        <source>Pin a note</source>
        <translation>Прикрепить заметку</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>A note on event %1 (%2), shown on the timeline and saved with the run:</source>
        <translation>Заметка к событию %1 (%2); она видна на временной шкале и сохраняется вместе с прогоном:</translation>
    </message>
    <message>
        <source>Edit the note…</source>
        <translation>Изменить заметку…</translation>
    </message>
    <message>
        <source>Pin a note…</source>
        <translation>Прикрепить заметку…</translation>
    </message>
    <message>
        <source>Remove the note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <source>Edit the &amp;note…</source>
        <translation>Изменить &amp;заметку…</translation>
    </message>
</context>
<context>
    <name>ys::ui::ParamEditor</name>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <source>Set every parameter back to its default value (restarts the run)</source>
        <translation>Вернуть каждому параметру значение по умолчанию (прогон начнётся заново)</translation>
    </message>
    <message>
        <source>Reset parameters to defaults</source>
        <translation>Сбросить параметры к значениям по умолчанию</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
</context>
<context>
    <name>ys::ui::PngFrameWriter</name>
    <message>
        <source>needs a folder name</source>
        <translation>нужно имя папки</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder</source>
        <translation>«%1» — файл, а не папка</translation>
    </message>
    <message>
        <source>cannot write into &apos;%1&apos;</source>
        <translation>не удаётся писать в «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds frames of a recording; choose an empty or new folder</source>
        <translation>в «%1» уже есть кадры записи; выберите пустую или новую папку</translation>
    </message>
    <message>
        <source>cannot create &apos;%1&apos;: its parent is not a writable folder</source>
        <translation>не удаётся создать «%1»: родительская папка недоступна для записи</translation>
    </message>
    <message>
        <source>cannot create &apos;%1&apos;</source>
        <translation>не удаётся создать «%1»</translation>
    </message>
    <message>
        <source>cannot encode frame %1 as PNG</source>
        <translation>не удаётся закодировать кадр %1 в PNG</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: something of that name appeared in the folder</source>
        <translation>не удаётся записать «%1»: в папке появилось что-то с таким именем</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>не удаётся записать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ys::ui::Preferences</name>
    <message>
        <source>%1 is in the way of its lock file</source>
        <translation>%1 мешает созданию своего файла блокировки</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 недоступен для записи</translation>
    </message>
    <message>
        <source>Preferences cannot be saved: %1</source>
        <translation>Настройки не удаётся сохранить: %1</translation>
    </message>
</context>
<context>
    <name>ys::ui::PresentationMode</name>
    <message>
        <source>The size presentation mode lays the window out at</source>
        <translation>Размер, под который режим показа раскладывает окно</translation>
    </message>
</context>
<context>
    <name>ys::ui::PresentationPanels</name>
    <message>
        <source>Keep the %1 in presentation mode</source>
        <translation>Оставлять «%1» в режиме показа</translation>
    </message>
    <message>
        <source>&amp;Demo and parameters</source>
        <translation>&amp;Пример и параметры</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Временная шкала</translation>
    </message>
    <message>
        <source>&amp;Narration</source>
        <translation>&amp;Пояснения</translation>
    </message>
    <message>
        <source>C&amp;onsole</source>
        <translation>К&amp;онсоль</translation>
    </message>
</context>
<context>
    <name>ys::ui::ProgramEditor</name>
    <message>
        <source>Program editor</source>
        <translation>Редактор программы</translation>
    </message>
    <message>
        <source>Your program. Ctrl+Enter runs it.</source>
        <translation>Ваша программа. Ctrl+Enter запускает её.</translation>
    </message>
</context>
<context>
    <name>ys::ui::QuizPanel</name>
    <message>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
    <message>
        <source>Quiz score</source>
        <translation>Счёт викторины</translation>
    </message>
    <message>
        <source>Reset score</source>
        <translation>Сбросить счёт</translation>
    </message>
    <message>
        <source>to start the run</source>
        <translation>в начале прогона</translation>
    </message>
    <message>
        <source>&lt;b&gt;What happens next&lt;/b&gt;, %1? Press its number or click it.</source>
        <translation>&lt;b&gt;Что произойдёт дальше&lt;/b&gt;, %1? Нажмите номер ответа или щёлкните его.</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Right!&lt;/b&gt; It was %1: %2. Press → for the next question.</source>
        <translation>&lt;b&gt;✔ Верно!&lt;/b&gt; Это было %1: %2. Нажмите → для следующего вопроса.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz mode.&lt;/b&gt; Press → and the class guesses what happens next.</source>
        <translation>&lt;b&gt;Режим викторины.&lt;/b&gt; Нажмите →, и класс угадывает, что произойдёт дальше.</translation>
    </message>
    <message>
        <source>Score: –</source>
        <translation>Счёт: –</translation>
    </message>
    <message>
        <source>Score: %1 / %2</source>
        <translation>Счёт: %1 / %2</translation>
    </message>
    <message>
        <source>after &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>после события &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not quite&lt;/b&gt; — it was %1: %2 (you chose &lt;i&gt;%3&lt;/i&gt;). Press → for the next question.</source>
        <translation>&lt;b&gt;Не совсем&lt;/b&gt; — это было %1: %2 (вы выбрали &lt;i&gt;%3&lt;/i&gt;). Нажмите → для следующего вопроса.</translation>
    </message>
</context>
<context>
    <name>ys::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Очистить список</translation>
    </message>
</context>
<context>
    <name>ys::ui::RecordDialog</name>
    <message>
        <source>Record the run</source>
        <translation>Запись прогона</translation>
    </message>
    <message>
        <source>PNG &amp;frames in a folder</source>
        <translation>&amp;Кадры PNG в папку</translation>
    </message>
    <message>
        <source>A &amp;video (.mp4, needs ffmpeg)</source>
        <translation>&amp;Видео (.mp4, нужен ffmpeg)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source> frames a second</source>
        <translation> кадр/с</translation>
    </message>
    <message>
        <source>The video&apos;s size: the window is laid out at exactly this size, in presentation mode</source>
        <translation>Размер видео: окно раскладывается ровно под этот размер, в режиме показа</translation>
    </message>
    <message>
        <source>Record to</source>
        <translation>Куда записать</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Куда</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Частота</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Размер</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>С&amp;корость</translation>
    </message>
    <message>
        <source>The run plays from its start as Play shows it, in presentation mode with the panels and theme chosen in the View menu. Cancel stops the recording and removes the frames written so far and the unfinished video.</source>
        <translation>Прогон воспроизводится с начала так же, как при обычном воспроизведении, в режиме показа с панелями и темой, выбранными в меню «Вид». «Отмена» останавливает запись и удаляет уже записанные кадры и незаконченное видео.</translation>
    </message>
    <message>
        <source>frame %v of %m</source>
        <translation>кадр %v из %m</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>A folder for the frames</source>
        <translation>Папка для кадров</translation>
    </message>
    <message>
        <source>Save the video</source>
        <translation>Сохранить видео</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>Видео MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Cannot record to this folder: %1</source>
        <translation>Не удаётся записать в эту папку: %1</translation>
    </message>
    <message>
        <source>Cannot record this video: %1</source>
        <translation>Не удаётся записать это видео: %1</translation>
    </message>
    <message>
        <source>Videos are made with ffmpeg, which is not installed: %1</source>
        <translation>Видео делается с помощью ffmpeg, а он не установлен: %1</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Cancelled after %1 frames; nothing was kept.</source>
        <translation>Отменено после кадров: %1; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The recording failed: %1</source>
        <translation>Запись не удалась: %1</translation>
    </message>
    <message>
        <source>Recorded %1 frames to %2.</source>
        <translation>Записано кадров: %1, в %2.</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>кадр %1 из %2</translation>
    </message>
    <message>
        <source>%1, about %2 s left</source>
        <translation>%1, осталось около %2 с</translation>
    </message>
    <message>
        <source>%1, about %2 min %3 s left</source>
        <translation>%1, осталось около %2 мин %3 с</translation>
    </message>
</context>
<context>
    <name>ys::ui::RecordSettings</name>
    <message>
        <source>a whole number of frames per second from %1 to %2</source>
        <translation>целое число кадров в секунду от %1 до %2</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT in pixels, both even, from %1x%2 to %3x%4, e.g. 1920x1080</source>
        <translation>ШИРИНАxВЫСОТА в пикселях, оба чётные, от %1x%2 до %3x%4, например 1920x1080</translation>
    </message>
    <message>
        <source>a number from %1 to %2, e.g. 0.5 or 2</source>
        <translation>число от %1 до %2, например 0.5 или 2</translation>
    </message>
</context>
<context>
    <name>ys::ui::Recording</name>
    <message>
        <source>the recording would have %L1 frames, more than the %L2 a recording may have; lower the frame rate, raise the speed or record a shorter run</source>
        <translation>в записи было бы %L1 кадров, больше допустимых %L2; уменьшите частоту кадров, увеличьте скорость или запишите более короткий прогон</translation>
    </message>
</context>
<context>
    <name>ys::ui::StatusLine</name>
    <message>
        <source>t = %1 ms</source>
        <translation>t = %1 мс</translation>
    </message>
    <message>
        <source>event %L1 of %L2</source>
        <translation>событие %L1 из %L2</translation>
    </message>
    <message>
        <source>no event yet (%L1 recorded)</source>
        <translation>событий пока нет (записано: %L1)</translation>
    </message>
    <message>
        <source>▶▶ running to the end… %L1 events (Esc to stop)</source>
        <translation>▶▶ выполнение до конца… событий: %L1 (Esc — остановить)</translation>
    </message>
    <message>
        <source>■ run ended</source>
        <translation>■ прогон завершён</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>● running</source>
        <translation>● выполняется</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>Состояние прогона</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Virtual time</source>
        <translation>Виртуальное время</translation>
    </message>
    <message>
        <source>Whether the program still has work to do</source>
        <translation>Осталась ли у программы работа</translation>
    </message>
    <message>
        <source>The event shown, of all recorded so far</source>
        <translation>Показанное событие среди всех записанных на данный момент</translation>
    </message>
    <message>
        <source>Virtual time of the event shown: timers and requests take no real time</source>
        <translation>Виртуальное время показанного события: таймеры и запросы не занимают реального времени</translation>
    </message>
</context>
<context>
    <name>ys::ui::ThemeController</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Контрастная</translation>
    </message>
</context>
<context>
    <name>ys::ui::TimelineExportDialog</name>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Экспорт временной шкалы в PNG</translation>
    </message>
    <message>
        <source>Export the timeline as SVG</source>
        <translation>Экспорт временной шкалы в SVG</translation>
    </message>
    <message>
        <source>The view as it is shown</source>
        <translation>Вид, как он показан</translation>
    </message>
    <message>
        <source>The whole run so far, fitted</source>
        <translation>Весь прогон на данный момент, целиком</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>%1× the timeline&apos;s size</source>
        <translation>%1× размера временной шкалы</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Масштаб:</translation>
    </message>
</context>
<context>
    <name>ys::ui::TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Временная шкала</translation>
    </message>
    <message>
        <source>Every event of the run so far, one lane per actor, in virtual time. Click an event to show it.</source>
        <translation>Все события прогона на данный момент, по дорожке на каждого участника, в виртуальном времени. Щёлкните событие, чтобы его показать.</translation>
    </message>
    <message>
        <source>Running to the end… %L1 events so far. Esc stops.</source>
        <translation>Выполнение до конца… событий пока: %L1. Esc останавливает.</translation>
    </message>
</context>
<context>
    <name>ys::ui::TimelinePngExporter</name>
    <message>
        <source>Export timeline as &amp;PNG…</source>
        <translation>Экспорт временной шкалы в &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the timeline, as shown or the whole run, as an image at 1x to 4x its size</source>
        <translation>Сохранить временную шкалу — как она показана или весь прогон — как изображение в масштабе от 1x до 4x</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Экспорт временной шкалы в PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Изображения PNG (*.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>Не удаётся экспортировать %1</translation>
    </message>
    <message>
        <source>Exported the timeline to %1</source>
        <translation>Временная шкала экспортирована в %1</translation>
    </message>
</context>
<context>
    <name>ys::ui::TimelineSvgExporter</name>
    <message>
        <source>Export timeline as S&amp;VG…</source>
        <translation>Экспорт временной шкалы в S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the timeline, as shown or the whole run, as a scalable drawing</source>
        <translation>Сохранить временную шкалу — как она показана или весь прогон — как масштабируемый рисунок</translation>
    </message>
    <message>
        <source>Export the timeline as SVG</source>
        <translation>Экспорт временной шкалы в SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg);;All files (*)</source>
        <translation>Рисунки SVG (*.svg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The timeline of a Yieldscope run</source>
        <translation>Временная шкала прогона Yieldscope</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>Не удаётся экспортировать %1</translation>
    </message>
    <message>
        <source>Exported the timeline to %1</source>
        <translation>Временная шкала экспортирована в %1</translation>
    </message>
</context>
<context>
    <name>ys::ui::TimelineView</name>
    <message>
        <source>Nothing has happened yet. Step to run the first event.</source>
        <translation>Пока ничего не произошло. Сделайте шаг, чтобы выполнить первое событие.</translation>
    </message>
</context>
<context>
    <name>ys::ui::TraceFileExporter</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Save the whole run, with its demo and parameters, as a trace file</source>
        <translation>Сохранить весь прогон вместе с примером и параметрами как файл трассы</translation>
    </message>
    <message>
        <source>Save the run</source>
        <translation>Сохранить прогон</translation>
    </message>
    <message>
        <source>Yieldscope traces (*.jsonl);;All files (*)</source>
        <translation>Трассы Yieldscope (*.jsonl);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot save %1: another file is being opened or saved</source>
        <translation>Не удаётся сохранить %1: сейчас открывается или сохраняется другой файл</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Не удаётся сохранить %1: %2</translation>
    </message>
    <message>
        <source>Saving %1 cancelled: the file is as it was</source>
        <translation>Сохранение %1 отменено: файл остался прежним</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <source>Run the demo to the end without a window and write its trace as JSON Lines to file (- for standard output).</source>
        <translation>Выполнить пример до конца без окна и записать его трассу в формате JSON Lines в файл file (- — стандартный вывод).</translation>
    </message>
</context>
<context>
    <name>ys::ui::TransportActions</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Воспроизвести</translation>
    </message>
    <message>
        <source>Play the run at the chosen speed, or pause it</source>
        <translation>Воспроизвести прогон с выбранной скоростью или приостановить его</translation>
    </message>
    <message>
        <source>Play both runs in virtual time, or pause</source>
        <translation>Воспроизвести оба прогона в виртуальном времени или приостановить</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Шаг</translation>
    </message>
    <message>
        <source>Show the next event</source>
        <translation>Показать следующее событие</translation>
    </message>
    <message>
        <source>Show the next event of either run, whichever comes first in time</source>
        <translation>Показать следующее событие того прогона, в котором оно наступает раньше</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Шаг &amp;назад</translation>
    </message>
    <message>
        <source>Show the previous event</source>
        <translation>Показать предыдущее событие</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>Отменить последний шаг</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>В &amp;начало</translation>
    </message>
    <message>
        <source>Jump to the start, before the first event</source>
        <translation>Перейти в начало, до первого события</translation>
    </message>
    <message>
        <source>Both runs back before their first event</source>
        <translation>Оба прогона — назад, до их первого события</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>В &amp;конец</translation>
    </message>
    <message>
        <source>Run to the end and show the last event</source>
        <translation>Выполнить до конца и показать последнее событие</translation>
    </message>
    <message>
        <source>Show both runs to their end</source>
        <translation>Показать оба прогона до конца</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>&amp;Быстрее</translation>
    </message>
    <message>
        <source>Play faster</source>
        <translation>Воспроизводить быстрее</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>&amp;Медленнее</translation>
    </message>
    <message>
        <source>Play slower</source>
        <translation>Воспроизводить медленнее</translation>
    </message>
    <message>
        <source>  Sp&amp;eed </source>
        <translation>  Ско&amp;рость </translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>How fast Play runs through virtual time ([ slower, ] faster)</source>
        <translation>Как быстро воспроизведение идёт по виртуальному времени ([ медленнее, ] быстрее)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>Stop running to the end (Space, Esc)</source>
        <translation>Остановить выполнение до конца (Пробел, Esc)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Пауза (Пробел)</translation>
    </message>
    <message>
        <source>Play the run at the chosen speed (Space)</source>
        <translation>Воспроизвести прогон с выбранной скоростью (Пробел)</translation>
    </message>
</context>
<context>
    <name>ys::ui::VideoEncoder</name>
    <message>
        <source>install it with: sudo apt-get install ffmpeg</source>
        <translation>установите его командой: sudo apt-get install ffmpeg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in .mp4</source>
        <translation>«%1» не оканчивается на .mp4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation>«%1» — папка, а не файл</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>не удаётся записать «%1»</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <source>cannot start ffmpeg: %1</source>
        <translation>не удаётся запустить ffmpeg: %1</translation>
    </message>
    <message>
        <source>a frame of %1x%2 in a video of %3x%4</source>
        <translation>кадр %1x%2 в видео %3x%4</translation>
    </message>
    <message>
        <source>cancelled while ffmpeg finished the video</source>
        <translation>отменено, пока ffmpeg завершал видео</translation>
    </message>
    <message>
        <source>ffmpeg stopped writing the video for %1 s; it was stopped</source>
        <translation>ffmpeg перестал писать видео на %1 с; его остановили</translation>
    </message>
    <message>
        <source>ffmpeg ended without writing the video</source>
        <translation>ffmpeg завершился, не записав видео</translation>
    </message>
    <message>
        <source>ffmpeg ended without writing the video: %1</source>
        <translation>ffmpeg завершился, не записав видео: %1</translation>
    </message>
    <message>
        <source>ffmpeg stopped: %1</source>
        <translation>ffmpeg остановился: %1</translation>
    </message>
    <message>
        <source>ffmpeg: %1</source>
        <translation>ffmpeg: %1</translation>
    </message>
</context>
<context>
    <name>ys::ui::WebPageExport</name>
    <message>
        <source>more than %L1</source>
        <translation>больше %L1</translation>
    </message>
    <message>
        <source>%L1</source>
        <translation>%L1</translation>
    </message>
    <message>
        <source>the run has %1 events; a web page holds at most %L2 (step through it in Yieldscope, or choose parameters that make a shorter run)</source>
        <translation>в прогоне событий: %1; веб-страница вмещает не больше %L2 (пройдите его по шагам в Yieldscope или выберите параметры, дающие более короткий прогон)</translation>
    </message>
    <message>
        <source>a recorded run</source>
        <translation>записанный прогон</translation>
    </message>
    <message>
        <source>the run has no events</source>
        <translation>в прогоне нет событий</translation>
    </message>
    <message>
        <source>Yieldscope — %1</source>
        <translation>Yieldscope — %1</translation>
    </message>
    <message>
        <source>the timeline&apos;s drawing could not be read back</source>
        <translation>не удалось прочитать обратно рисунок временной шкалы</translation>
    </message>
    <message>
        <source>Press → or Space to step through the run; click an event to go to it.</source>
        <translation>Нажимайте → или Пробел, чтобы пройти прогон по шагам; щёлкните событие, чтобы перейти к нему.</translation>
    </message>
    <message>
        <source>■ The program has finished: nothing is left to run.</source>
        <translation>■ Программа завершилась: выполнять больше нечего.</translation>
    </message>
    <message>
        <source>the page&apos;s template is missing from this build</source>
        <translation>в этой сборке нет шаблона страницы</translation>
    </message>
</context>
<context>
    <name>ys::ui::WebPageExporter</name>
    <message>
        <source>Export as &amp;web page…</source>
        <translation>Экспорт в &amp;веб-страницу…</translation>
    </message>
    <message>
        <source>Save the whole run as one web page that steps in any browser, offline</source>
        <translation>Сохранить весь прогон как одну веб-страницу, которую можно проходить по шагам в любом браузере без сети</translation>
    </message>
    <message>
        <source>Export as web page</source>
        <translation>Экспорт в веб-страницу</translation>
    </message>
    <message>
        <source>Web pages (*.html);;All files (*)</source>
        <translation>Веб-страницы (*.html);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>Не удаётся экспортировать %1: %2</translation>
    </message>
    <message>
        <source>Cannot export %1: %2.</source>
        <translation>Не удаётся экспортировать %1: %2.</translation>
    </message>
    <message>
        <source>Exported the run to %1</source>
        <translation>Прогон экспортирован в %1</translation>
    </message>
    <message>
        <source>Run the demo to the end without a window and write it as one web page that steps through the run in any browser, offline (- for standard output).</source>
        <translation>Выполнить пример до конца без окна и записать его как одну веб-страницу, по которой прогон можно пройти по шагам в любом браузере, без сети (- — стандартный вывод).</translation>
    </message>
</context>
<context>
    <name>ys::ui::WindowColumns</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
</context>
<context>
    <name>ys::ui::WindowPngExporter</name>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Изображения PNG (*.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export &amp;window as PNG…</source>
        <translation>Экспорт &amp;окна в PNG…</translation>
    </message>
    <message>
        <source>Save the whole window as it is shown now (code, timeline, console, narration) as an image</source>
        <translation>Сохранить всё окно в его нынешнем виде (код, временная шкала, консоль, пояснения) как изображение</translation>
    </message>
    <message>
        <source>Export the window as PNG</source>
        <translation>Экспорт окна в PNG</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>Не удаётся экспортировать %1</translation>
    </message>
    <message>
        <source>Exported the window to %1</source>
        <translation>Окно экспортировано в %1</translation>
    </message>
</context>
</TS>
