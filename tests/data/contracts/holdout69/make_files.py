"""Builds the .docx and .pdf contracts of holdout69 from the markup of ../word_pdf.py (T: title, H: heading,
P: paragraph, TB: table row). Run with /work/main/.venv/bin/python make_files.py; the .txt / .md contracts are kept
as they are and are not built here. PDFs are broken into lines at word boundaries (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H69Z02 = """
T:在线糖度检测系统采购及维保合同
P:合同编号：NHTY-SB-2025-031
P:甲方（买方）：广西崇左南华糖业有限公司
P:地址：广西壮族自治区崇左市江州区糖业工业园南华路1号
P:乙方（卖方）：南宁精析仪器科技有限公司
P:地址：广西壮族自治区南宁市西乡塘区科园大道68号
P:为提高压榨和煮糖工段的过程控制水平，甲方向乙方采购在线糖度检测系统。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:1. 合同标的
P:1.1 乙方向甲方供应在线糖度检测系统，用于甲方压榨车间混合汁、清汁、糖浆及A糖膏工段的锤度（Brix）、转光度（Pol）和色值在线检测，并负责安装、调试、模型标定、与甲方DCS系统对接及操作培训。
P:1.2 设备清单及价格见下表。表内单价均为含税到厂价，已包含运输、保险、安装、调试、模型标定、培训及质保期内全部服务费用，甲方无需另行支付任何费用。
TB:序号|名称|规格及说明|数量|单价（元）|金额（元）
TB:1|在线近红外糖分分析仪|含采样预处理单元、不锈钢防护柜|4套|268,000|1,072,000
TB:2|在线折光仪|量程0–85 Bx，卫生型法兰安装|8台|46,500|372,000
TB:3|在线色值分析仪|ICUMSA色值，自动清洗|2台|83,000|166,000
TB:4|数据采集服务器及工业交换机|含机柜及不间断电源|1套|118,000|118,000
TB:5|糖度分析软件及标定模型许可|永久许可，客户端数量不限|1套|196,000|196,000
TB:合计|||||1,924,000
P:1.3 合同总价为人民币壹佰玖拾贰万肆仟元整（¥1,924,000）。
H:2. 交货、安装与工期
P:2.1 乙方应在合同生效后60日内将全部设备运抵甲方厂区指定地点，并在到货后30日内完成安装调试，确保系统在2025/2026年榨季开榨前具备投用条件。
P:2.2 甲方负责提供取样点管道开孔位置、仪表电源和DCS通讯接口，并指定工艺人员配合标定取样。
P:2.3 设备须为全新原装产品，随货提供合格证、校准证书、装箱单和中文操作手册。设备到达甲方厂区并经签收前的毁损、灭失风险由乙方承担。
P:2.4 乙方应派驻具有仪表安装经验的工程师常驻现场，直至系统通过最终验收；乙方人员应遵守甲方厂区安全生产和动火作业管理制度。
H:3. 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即人民币384,800元。
P:3.2 全部设备到货并经甲方开箱清点签收后10个工作日内，甲方支付合同总价的40%，即人民币769,600元。到货签收仅为数量和外观确认，不代表质量验收。
P:3.3 系统通过最终验收后10个工作日内，甲方支付合同总价的35%，即人民币673,400元。
P:3.4 合同总价的5%，即人民币96,200元，作为质量保证金，于质保期满且无质量争议后10个工作日内无息支付。
H:4. 验收
P:4.1 安装调试完成后，系统进入连续15日的试运行。试运行期间，甲方化验室每班取样，以实验室折光法和旋光法测定值与在线读数进行比对。
P:4.2 验收标准：（1）锤度测量偏差不超过±0.2 Bx；（2）转光度偏差不超过±0.3 °Z；（3）色值偏差不超过实验室测定值的±5%；（4）数据上传DCS的刷新周期不大于10秒，试运行期间数据无中断；（5）技术资料和培训记录齐全。
P:4.3 全部指标合格的，双方签署最终验收报告。任一指标不合格的，乙方应在10日内整改并重新组织验收，费用由乙方承担。设备安装、投入使用或甲方付款，均不视为验收合格。
H:5. 质量保证与售后服务
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费提供维修、零部件更换、软件升级，并在每个榨季开榨前免费进行一次模型复标定。
P:5.2 故障等级及服务时限见下表：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|任一分析仪或数据服务器故障，导致糖度数据中断，影响压榨或煮糖控制|8小时内|48小时内|72小时内
TB:二级|单台仪表读数偏差超出验收标准，但仍有数据输出|24小时内|3日内|5日内
TB:三级|软件界面、报表等一般性问题|2个工作日内|按需|10日内
P:5.3 乙方超过上表响应或到场时间的，每超时一小时向甲方支付人民币200元；超过修复时间的，每超时一日支付人民币1,000元。上述款项可从质量保证金中扣除。
P:5.4 乙方应在甲方厂区存放一套常用备件（包括光源模块、取样泵、密封件等），质保期内备件消耗由乙方免费补充；乙方应为甲方培训不少于6名仪表维护人员，使其能够独立完成日常清洗、零点校验和简单故障处理。
P:5.5 质保期满后，甲方可委托乙方提供年度维保服务，内容包括每个榨季两次模型复标定、易损件及备件更换、远程诊断和现场技术支持。年度维保费按合同总价的22%计取，即每年人民币肆拾贰万叁仟贰佰捌拾元（¥423,280），质保期满后三年内价格不变，按年签订维保合同。
H:6. 违约责任
P:6.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。逾期超过30日的，甲方有权解除合同。
P:6.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
P:6.3 设备质量不符合约定的，乙方应负责更换，并承担由此产生的全部费用和甲方损失。
H:7. 数据安全与知识产权
P:7.1 系统采集和生成的全部生产数据归甲方所有。乙方远程访问系统须经甲方生产部书面批准，通过甲方提供的VPN通道进行并全程留存日志；乙方不得复制、导出生产数据，或将其用于本合同以外的任何目的。
P:7.2 乙方应落实病毒防护、访问控制和网络隔离措施，保障检测系统与甲方DCS网络之间的安全。因乙方原因导致数据泄露、篡改，或DCS系统受到网络攻击的，乙方应在2小时内通知甲方、配合处置，并承担全部赔偿责任。
P:7.3 乙方为甲方标定的糖度预测模型、模型参数及DCS接口程序归甲方所有，甲方有权自行或委托他人修改和使用；分析软件本身的著作权归乙方，甲方享有永久、免费的使用许可。
H:8. 保密
P:乙方对在履行合同过程中知悉的甲方生产工艺、产量、技术参数等非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:9. 分包
P:乙方不得转包本合同。取样管道改造等辅助工程确需分包的，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:10. 合同解除
P:乙方逾期超过30日、验收两次不合格，或有其他严重违约行为且经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:11. 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交南宁仲裁委员会仲裁。
H:12. 其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。投标报价单、技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：广西崇左南华糖业有限公司　　　乙方（盖章）：南宁精析仪器科技有限公司
P:授权代表：　　　　　　　　　　　　　　　　　授权代表：
"""

H69Z04 = """
T:××市医院管理局数据中心机房动力环境监控系统运维服务政府采购合同
P:合同编号：××YG-ZC-2025-058　　采购方式：竞争性磋商
P:甲方（采购人）：××市医院管理局
P:地址：××市人民中路66号
P:乙方（供应商）：××智维机电工程有限公司
P:地址：××市高新区创业路19号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件及乙方响应文件，甲乙双方就××市医院管理局数据中心机房动力环境监控系统运维服务项目订立本合同。
H:一、服务内容
P:（一）服务对象：甲方数据中心A、B两个模块机房（机柜96个）的动力环境监控系统，包括配电柜、UPS及蓄电池组、精密空调、温湿度、漏水、烟感、门禁及视频监控等监控点共2,360个，以及动环监控平台软件和相关采集设备。
P:（二）驻场值守：乙方派驻3名运维人员，实行7×24小时值守，负责告警监视、初步处置、交接班记录和值班日志。
P:（三）巡检与检测：每日巡视、每月例行巡检；每季度开展一次专项检测，包括蓄电池内阻测试、UPS切换测试、精密空调制冷性能检测和漏水绳通断测试，并出具检测报告。
P:（四）平台维护：动环监控平台软件的日常维护、告警策略和阈值优化、报表编制、版本补丁安装，以及采集器、传感器的维修和更换。
P:（五）备品备件：乙方负责提供传感器、采集模块、门禁读卡器等常用备件，单件价格在人民币2,000元以下的备件费用已包含在服务费中。
P:（六）应急保障：乙方应编制机房动力环境应急预案，报甲方审定；每半年配合甲方开展一次市电中断和精密空调故障应急演练，并提交演练总结。
H:二、服务期限
P:服务期为两年，自2026年1月1日起至2027年12月31日止。服务期满，本合同终止，不自动续期；甲方需继续采购的，依法另行组织采购。
H:三、合同金额与支付
P:（一）本合同总金额为人民币壹佰壹拾柒万陆仟元整（¥1,176,000），即年度服务费人民币588,000元×2年。年度服务费构成：驻场运维人员费用384,000元；平台及传感器维护费用126,000元；季度专项检测费用54,000元；备品备件费用24,000元。
P:（二）本合同不设预付款。服务费按季度支付，每季度人民币147,000元。每季度结束后，甲方按本合同第五条进行考核，考核扣款从当季服务费中扣除，甲方在考核结果确认后15个工作日内支付当季服务费余额。
P:（三）乙方应在每次付款前开具等额合法发票。
P:（四）本合同金额为固定金额，服务期内不因人工成本、材料价格变化等因素调整。
H:四、服务水平
P:（一）故障分级：一级故障指市电中断、UPS故障或切换异常、精密空调停机、漏水告警、监控平台整体中断；二级故障指单台设备异常但未影响机房运行；三级故障指一般性问题。
P:（二）响应时限：一级故障驻场人员应在15分钟内响应并到达现场，1小时内排除故障或启动应急预案；二级故障30分钟内响应，8小时内处理完毕；三级故障2小时内响应，3个工作日内处理完毕。
P:（三）动环监控平台月可用率不低于99.95%，告警漏报率为零。
P:（四）考核扣款：一级故障响应超时的，每次扣款人民币2,000元；平台月可用率每低于约定值0.01个百分点，扣款人民币1,000元；例行巡检漏检的，每次扣款人民币500元；因乙方处置不当导致机房设备损坏的，乙方另行赔偿。
P:（五）运维报告：乙方应在每月5日前提交上月运维报告，内容包括告警统计及处置情况、故障清单、巡检和检测结果、UPS负载率及蓄电池健康度、机房温湿度趋势分析和改进建议；重大事件应在处置完毕后24小时内提交专项报告。
H:五、考核与验收
P:（一）甲方每季度按考核表对乙方服务进行考核，考核内容包括：巡检和检测记录完整、告警处置闭环率、故障处理时限、月度报表按时提交、人员在岗情况。考核得分80分以上为合格。
P:（二）服务期每满一年，甲方组织年度验收，依据为本合同第一条、第四条约定的服务内容和指标以及四个季度的考核结果，并形成书面验收意见。
P:（三）季度考核不合格的，乙方应在10日内整改；连续两个季度考核不合格的，甲方有权解除本合同。
H:六、数据安全
P:（一）动环监控数据、视频录像、门禁记录、设备台账及机房布局图纸等资料均归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:（二）乙方人员应通过甲方堡垒机进行平台操作，不得私接设备、不得使用未经甲方登记的移动存储介质，不得将数据导出机房；确需远程维护的，须经甲方信息科逐次审批，并全程录屏。
P:（三）乙方应遵守《中华人民共和国数据安全法》及网络安全等级保护相关要求。发生数据泄露、篡改或监控系统遭受网络攻击的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任，包括赔偿甲方及第三方的损失。
H:七、知识产权
P:服务期内形成的运维文档、巡检和检测报告、告警策略配置、运维脚本等成果归甲方所有，甲方可自行使用、修改或提供给后续服务单位。
H:八、人员要求
P:（一）驻场人员应持有电工作业证，其中至少1人持有制冷与空调作业证；驻场人员名单须报甲方备案。
P:（二）乙方更换驻场人员的，应提前7日书面报甲方同意，并完成不少于3个工作日的交接。
P:（三）乙方负责其人员的劳动关系、社会保险和安全生产管理，驻场人员在作业中发生的人身伤亡由乙方负责处理。乙方人员应遵守医院及数据中心的各项管理制度，进出机房应登记。
H:九、分包
P:乙方不得将本合同项下服务分包或转包。UPS、精密空调确需原厂进行大修的，应事先取得甲方书面同意，费用由乙方承担，乙方对原厂的工作负责。
H:十、违约责任
P:（一）乙方未在服务期开始之日完成进场交接，或未在甲方要求的期限内完成整改的，每逾期一日，按合同总金额的万分之三向甲方支付违约金。
P:（二）因乙方原因导致机房设备损坏或医院业务系统中断的，乙方应赔偿甲方全部损失。
P:（三）甲方无正当理由逾期付款的，应按同期贷款市场报价利率向乙方支付逾期利息。
H:十一、合同解除
P:乙方连续两个季度考核不合格、因乙方原因发生一级故障且处置不力造成业务中断，或有其他严重违约行为且经甲方书面通知后10日内未纠正的，甲方有权书面通知解除本合同，并按实际服务期间结算费用。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十三、服务交接
P:服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的后续服务单位移交全部运维文档、设备台账、账号权限、备件清单和未结问题清单，并配合完成不少于10个工作日的过渡，交接完成后由甲方出具书面确认。
H:十四、其他
P:（一）磋商文件、响应文件、成交通知书为本合同的组成部分。
P:（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效，并报同级财政部门备案。
P:甲方（盖章）：××市医院管理局　　　　乙方（盖章）：××智维机电工程有限公司
P:日期：　　年　　月　　日　　　　　　日期：　　年　　月　　日
"""

H69E01 = """
T:SOFTWARE LICENCE AND SUPPORT AGREEMENT – FURNACESIGHT
P:Reference: PVC-2025-CN-007
P:BETWEEN: PYROVISION CALÉDONIE SAS, a simplified joint-stock company with a share capital of XPF 12,000,000, registered with the Nouméa Trade and Companies Register (RCS Nouméa) under number 2015 B 1234567, whose registered office is at 12 rue de Sébastopol, 98800 Nouméa, New Caledonia, represented by its President, Mr Jean-Marc Tein (hereinafter "the Provider");
P:AND: GUANGXI BEIGANG NICKEL INDUSTRY CO., LTD., a company incorporated under the laws of the People's Republic of China, whose registered office is at No. 8 Qisha Industrial Road, Gangkou District, Fangchenggang, Guangxi, China, represented by its legal representative (hereinafter "the Client");
P:hereinafter referred to individually as a "Party" and together as the "Parties".
H:PREAMBLE
P:The Provider has developed FurnaceSight, a software platform which analyses thermal and visible-light camera images of electric smelting furnaces in order to monitor tap-holes, metal and slag streams, electrode behaviour and refractory hot spots.
P:The Client operates six rotary-kiln electric furnace (RKEF) lines at its Fangchenggang plant, which are already equipped with thermal and visible cameras installed by the Client. The Client wishes to obtain a licence to FurnaceSight, the configuration of the software for its six furnaces and the related support, in accordance with the conditions below.
P:The Parties have therefore agreed as follows.
H:Article 1 – Definitions
P:"Software" means the FurnaceSight platform, version 5, in object code, including its updates provided under this Agreement. "Specific Developments" means everything the Provider creates specifically for the Client under this Agreement, in particular the detection models trained on the Client's furnace images, their parameters, the tapping-floor rules, the dashboards and the interface code towards the Client's distributed control system (DCS) and MES. "Client Data" means all images, video, process data, alarms and other data of the Client processed by the Software or received by the Provider. "Final Acceptance" means the signature of the final acceptance report under Article 7.
H:Article 2 – Purpose
P:The purpose of this Agreement is to define the conditions under which the Provider (i) grants the Client a licence to the Software, (ii) performs the configuration, model training, installation and commissioning of the Software for the six furnaces, (iii) trains the Client's personnel, and (iv) provides warranty and support services.
H:Article 3 – Licence
P:The Provider grants the Client a non-exclusive, perpetual and non-transferable licence to install and use the Software on the Client's servers at the Fangchenggang plant for six furnaces and an unlimited number of users, for the needs of the Client's own operations.
H:Article 4 – Price
P:The total price of this Agreement is CNY 1,920,000 (one million nine hundred and twenty thousand Chinese Yuan), all taxes included, broken down as follows:
P:– Licence Fee (six furnaces, perpetual): CNY 1,440,000;
P:– configuration and model training (Specific Developments): CNY 386,000;
P:– installation, commissioning and training on site: CNY 94,000.
H:Article 5 – Terms of Payment
P:5.1 Twenty per cent (20 %) of the total price, i.e. CNY 384,000, shall be paid as an advance within thirty (30) days of signature of this Agreement, against the Provider's invoice and an advance-payment guarantee issued by a first-class bank.
P:5.2 Forty-five per cent (45 %), i.e. CNY 864,000, shall be paid within thirty (30) days after the signature of the site acceptance test report referred to in Article 7.2.
P:5.3 The balance of thirty-five per cent (35 %), i.e. CNY 672,000, shall be paid within thirty (30) days after Final Acceptance.
H:Article 6 – Schedule and Delay Penalties
P:6.1 The Provider shall complete the installation and configuration of the Software on all six furnaces and be ready for the site acceptance test within one hundred and twenty (120) days of signature.
P:6.2 If this date is exceeded for reasons attributable to the Provider, the Provider shall pay delay penalties equal to 0.1 % of the total price per calendar day of delay, without prior formal notice, up to a maximum of ten per cent (10 %) of the total price. If the maximum is reached, the Client may terminate the Agreement under Article 15.
H:Article 7 – Acceptance
P:7.1 Acceptance shall take place in two stages, on the basis of the acceptance test plan attached as Appendix 2.
P:7.2 Site acceptance test: the Provider demonstrates, furnace by furnace, that (a) all camera streams are acquired and displayed with a latency of less than two seconds; (b) tap-hole opening and closing events are detected with a detection rate of at least 95 % over a sample of 200 tapping events reviewed by the Client's operators; (c) refractory hot-spot alarms are raised at the temperature thresholds set by the Client; (d) the interfaces to the DCS and MES transmit alarms and events without loss.
P:7.3 Final acceptance: after a successful site acceptance test, the Software runs in production for sixty (60) consecutive days. If during that period no Priority 1 incident attributable to the Software remains unresolved and the detection rates of Article 7.2 are maintained, the Parties sign the final acceptance report.
P:7.4 The use of the Software in production, before or after the site acceptance test, does not constitute acceptance. If a test fails, the Provider shall correct the defects within fifteen (15) days and repeat the test at its own cost.
H:Article 8 – Warranty
P:8.1 The Provider warrants that the Software and the Specific Developments conform to the documentation and to Appendix 1 (functional specification) for a period of eighteen (18) months from Final Acceptance.
P:8.2 During the warranty period the Provider corrects all defects free of charge, provides all updates and new versions of the Software, and re-trains the detection models once per year, or after any furnace rebuild or change of camera position, at no additional cost.
H:Article 9 – Support and Maintenance
P:9.1 During the warranty period and during any support year ordered afterwards, the Provider provides remote support 24 hours a day, 7 days a week, through a dedicated hotline and a ticketing portal, with English- and Chinese-speaking engineers, the latter through its partner named in Article 14.
P:9.2 Incidents are classified as follows. Priority 1: the Software no longer monitors the tapping floor of a running furnace. Priority 2: a function is degraded but monitoring continues. Priority 3: any other question or minor defect. The Provider shall respond within one (1) hour for Priority 1, eight (8) hours for Priority 2 and two (2) business days for Priority 3, and shall provide a workaround for a Priority 1 incident within eight (8) hours.
P:9.3 For each started hour of delay beyond the Priority 1 response time, the Provider shall owe the Client a penalty of CNY 1,000, and for each day of delay beyond the workaround time a penalty of CNY 3,000. These penalties are deducted from the next payment or support invoice.
P:9.4 After the warranty period, the Client may order annual support covering the services of Articles 8.2, 9.1 to 9.3. The annual support fee is twelve per cent (12 %) of the Licence Fee, i.e. CNY 172,800 per year, firm for the first three support years. Support is ordered by the Client for one year at a time by written purchase order and does not renew automatically.
H:Article 10 – Intellectual Property
P:10.1 The Provider remains the owner of the Software and of its pre-existing know-how and tools.
P:10.2 The Specific Developments belong to the Client as from their delivery. The Client may use, modify, reproduce and have them modified by any third party of its choice, without restriction and without additional payment. The Provider shall deliver the source code of the interface code and the trained model files with their parameters at Final Acceptance.
P:10.3 The Provider guarantees the Client against any claim by a third party alleging that the Software infringes its intellectual property rights, and shall bear all costs and damages resulting from such claim.
H:Article 11 – Client Data and Security
P:11.1 Client Data is and remains the property of the Client. The Provider may use Client Data only to perform this Agreement. In particular, it shall not use the Client's images or data to train models for other customers or for its general products without the Client's prior written consent.
P:11.2 The Software is installed on the Client's servers and Client Data remains on the Client's premises. Remote access by the Provider is only possible through the Client's VPN, after approval of each session by the Client's IT department, with multi-factor authentication, and all sessions are logged. The Provider shall not copy Client Data outside the Client's systems, except for the images expressly provided by the Client for model training, which shall be deleted after use.
P:11.3 The Provider shall comply with the Cybersecurity Law, the Data Security Law of the People's Republic of China and the Client's information security rules. In case of any security incident affecting Client Data or the Client's systems, the Provider shall inform the Client within twenty-four (24) hours, take all corrective measures, and shall be liable for the damage caused by its fault.
H:Article 12 – Confidentiality
P:Each Party undertakes to keep confidential all information of the other Party of which it becomes aware in the performance of this Agreement, in particular the Client's production data, furnace parameters and plant layout, and not to disclose it to any third party without the prior written consent of the other Party. This obligation survives for five (5) years after the end of the Agreement.
H:Article 13 – Liability
P:Each Party is liable for the direct damage it causes to the other Party. The total liability of the Provider under this Agreement is limited to one hundred and fifty per cent (150 %) of the total price, except in cases of gross negligence, wilful misconduct, bodily injury, infringement of Article 10.3 or breach of Articles 11 and 12.
H:Article 14 – Subcontracting
P:The Provider may subcontract the on-site services in China only to Guangxi Ruitu Automation Engineering Co., Ltd., which the Client approves by signing this Agreement. Any other subcontracting requires the prior written consent of the Client. The Provider remains fully responsible for its subcontractors.
H:Article 15 – Termination
P:In case of a material breach by either Party which is not remedied within thirty (30) days after a formal notice sent by registered letter or courier, the other Party may terminate this Agreement by written notice, without prejudice to any damages.
H:Article 16 – Governing Law and Jurisdiction
P:This Agreement is governed by French law as applicable in New Caledonia. Any dispute relating to its validity, interpretation or performance which cannot be settled amicably within sixty (60) days shall be submitted to the exclusive jurisdiction of the Mixed Commercial Court of Nouméa (Tribunal mixte de commerce de Nouméa).
H:Article 17 – Miscellaneous
P:17.1 This Agreement is drawn up in English. A French translation may be provided for information; in case of discrepancy the English version prevails.
P:17.2 Appendices: Appendix 1 – Functional specification; Appendix 2 – Acceptance test plan; Appendix 3 – Support procedures and contacts.
P:Made in two originals, in Nouméa and in Fangchenggang.
P:For the Provider: ____________________    For the Client: ____________________
"""

H69E04 = """
T:MANAGED IT AND GUEST WI-FI SERVICES AGREEMENT
P:THIS AGREEMENT is made on the 3rd day of November 2025
P:BETWEEN
P:(1) ATOLL NETWORKS PRIVATE LIMITED, a company incorporated in the Republic of Maldives (registration no. C-0841/2012), whose registered office is at H. Seaview Building, 5th Floor, Boduthakurufaanu Magu, Malé 20026, Maldives, acting through its Sanya representative office ("the Provider"); and
P:(2) SANYA LINGZHOU ISLAND TOURISM DEVELOPMENT CO., LTD., a company incorporated in the People's Republic of China whose registered office is at Lingzhou Island Pier, Haitang Bay, Sanya, Hainan ("the Customer").
P:WHEREAS the Customer operates an island resort with 212 villas (including 64 over-water villas), restaurants, a spa, a dive centre and staff accommodation, and the Provider has experience of operating the IT infrastructure and guest connectivity of island resorts in the Maldives and the Indian Ocean, the parties agree as follows.
H:1. Definitions and Interpretation
P:1.1 In this Agreement: "Services" means the managed IT services and guest Wi-Fi services described in Clause 2 and Schedule 1; "Charges" means the charges set out in Schedule 1; "Service Commencement Date" means the date on which the Customer signs the Service Acceptance Certificate under Clause 4; "Guest Data" means all data relating to the Customer's guests, staff and visitors that is collected or processed through the Services, including names, room numbers, identity-document numbers used for Wi-Fi real-name authentication, device identifiers and usage logs; "Service Levels" means the service levels in Schedule 2.
P:1.2 Clause and Schedule headings are for convenience only. The Schedules form part of this Agreement.
H:2. The Services
P:2.1 The Provider shall provide, from the Service Commencement Date and for the Term: (a) a 24x7 network operations centre and service desk for the Customer's staff; (b) the management, monitoring and configuration of the Customer's core and edge network, firewalls and the 320 Customer-owned wireless access points across the island, including the over-water villas and the beach; (c) the operation of the guest Wi-Fi service, including the captive portal, real-name authentication in accordance with PRC requirements, bandwidth policies per villa category and integration with the Customer's property management system (PMS); (d) two on-island engineers on a rotating roster; and (e) the IT support of the Customer's back-office users.
P:2.2 The Customer remains the owner of all network equipment, access points and cabling, and shall procure the internet uplinks from a licensed PRC carrier. The Provider shall manage the carrier relationship on the Customer's behalf.
H:3. Term
P:3.1 This Agreement starts on signature and the Services shall be provided for thirty-six (36) months from the Service Commencement Date (the "Initial Term").
P:3.2 After the Initial Term this Agreement shall continue for successive periods of twelve (12) months on the same terms and at the same Charges, unless either party gives the other not less than ninety (90) days' written notice before the end of the Initial Term or the then current period.
H:4. Transition and Service Acceptance
P:4.1 The Provider shall complete the transition of the Services from the Customer's current supplier within sixty (60) days of the date of this Agreement, in accordance with the transition plan in Schedule 3.
P:4.2 Before the Service Commencement Date, the Provider shall demonstrate to the Customer: (a) a site survey showing a signal strength of at least -67 dBm in all villas, public areas and the main beach; (b) seamless roaming between access points along the jetty without loss of session; (c) guest authentication through the captive portal and the PMS, with charging to the room account, tested for each villa category; (d) the NOC monitoring of every network device with alarms tested; and (e) the handover of all passwords and configuration backups into the Customer's custody. When all tests are passed, the Customer signs the Service Acceptance Certificate. The start of live operation does not by itself constitute service acceptance.
P:4.3 If the Provider fails to achieve the Service Commencement Date within the period in Clause 4.1 for reasons within its control, it shall pay the Customer liquidated damages of CNY 2,500 for each day of delay, up to a maximum of CNY 150,000.
H:5. Charges and Payment
P:5.1 The Customer shall pay the Charges set out in Schedule 1. The Monthly Charge is CNY 78,000 and the one-time Transition Charge is CNY 112,000, so that the Charges for the Initial Term amount to CNY 2,920,000.
P:5.2 The Transition Charge is invoiced on the Service Commencement Date. The Monthly Charge is invoiced monthly in arrears. No Charges are payable in advance. Invoices are payable within thirty (30) days of receipt.
P:5.3 The Charges are fixed for the Initial Term.
H:6. Service Levels
P:6.1 The Provider shall meet the Service Levels in Schedule 2. The guest Wi-Fi service shall be available at least 99.5% of the time in each calendar month, measured by the Provider's monitoring platform across all guest areas.
P:6.2 If the Provider fails to meet a Service Level, the Customer shall be entitled to the service credits set out in Schedule 2. Service credits are deducted from the next invoice.
P:6.3 The Provider shall provide a monthly service report showing availability, incidents, response times and service credits, and shall attend a monthly service review with the Customer's IT manager.
H:7. Guest Data
P:7.1 All Guest Data is and shall remain the property of the Customer.
P:7.2 The Provider shall use Guest Data only for the purpose of providing the Services and shall not sell, rent or otherwise make Guest Data available to any third party for its own purposes.
P:7.3 On expiry or termination of this Agreement, the Provider shall return all Guest Data in its possession to the Customer.
H:8. Intellectual Property
P:8.1 The network designs, configurations, scripts, captive-portal designs and documentation prepared by the Provider for the Customer under this Agreement belong to the Customer, which may use, copy and modify them and pass them to any successor provider.
P:8.2 The Provider's monitoring tools and service-desk software remain the Provider's property and are used by the Provider to deliver the Services.
H:9. Confidentiality
P:9.1 Each party shall keep in confidence all information of a confidential nature received from the other party in connection with this Agreement and shall not disclose it except to its employees, professional advisers and approved subcontractors who need to know it and are bound by equivalent obligations.
P:9.2 This Clause survives the termination of this Agreement for three (3) years.
H:10. Limitation of Liability
P:10.1 Neither party shall be liable for any loss of profit, loss of revenue or any indirect or consequential loss.
P:10.2 The Provider's aggregate liability arising under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall be limited to the Charges paid or payable in the six (6) months immediately preceding the event giving rise to the claim.
P:10.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.
H:11. Subcontracting
P:The Provider shall not subcontract any of its obligations without the Customer's prior written consent, which shall not be unreasonably withheld. The Provider shall remain liable for the acts and omissions of its subcontractors.
H:12. Termination
P:12.1 Either party may terminate this Agreement by written notice with immediate effect if the other party commits a material breach which is not remedied within thirty (30) days of written notice requiring it to be remedied.
P:12.2 The Customer may also terminate this Agreement by written notice if guest Wi-Fi availability falls below 99.0% in any two consecutive months.
P:12.3 On expiry or termination, the Provider shall provide exit assistance for up to sixty (60) days, at the same Charges, to transfer the Services to the Customer or a successor provider.
H:13. Governing Law and Disputes
P:13.1 This Agreement shall be governed by and construed in accordance with the laws of the People's Republic of China.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration at the Hainan International Arbitration Court in Haikou in accordance with its arbitration rules. The arbitration shall be conducted in English.
H:14. General
P:14.1 This Agreement, together with its Schedules, constitutes the entire agreement between the parties. No variation shall be effective unless in writing and signed by both parties.
P:14.2 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses stated above.
H:Schedule 1 – Charges
TB:Charge element|Basis|Amount (CNY)
TB:Network operations centre and service desk|per month|21,500
TB:Managed guest Wi-Fi (320 access points, captive portal, PMS integration)|per month|28,600
TB:On-island engineers (two, rotating roster)|per month|19,400
TB:Management of firewalls, core switches and carrier links|per month|8,500
TB:Monthly Charge|per month|78,000
TB:Monthly Charges for the Initial Term|36 months x 78,000|2,808,000
TB:Transition Charge|one-time|112,000
TB:Charges for the Initial Term|total|2,920,000
H:Schedule 2 – Service Levels and Service Credits
P:Incident priorities and response times:
TB:Priority|Definition|Response time|Restoration target
TB:P1 – Critical|Guest Wi-Fi down in a whole zone (villas, over-water villas, restaurants or public areas), PMS interface down, or internet access lost for the resort|15 minutes|2 hours
TB:P2 – High|Wi-Fi down in a single villa or outlet, or severe degradation in a zone|30 minutes|6 hours
TB:P3 – Medium|Single user or device problem|2 hours|1 business day
TB:P4 – Low|Requests and questions|1 business day|5 business days
P:Service credits:
TB:Service Level failure|Service credit
TB:Guest Wi-Fi availability below 99.5% but at least 99.0% in a month|5% of the Monthly Charge
TB:Guest Wi-Fi availability below 99.0% in a month|10% of the Monthly Charge
TB:Each P1 incident not responded to within 15 minutes|CNY 1,000
TB:Each P1 incident not restored within 2 hours|CNY 2,000
P:Service credits in any month shall not exceed 20% of the Monthly Charge for that month.
H:Schedule 3 – Transition Plan
P:Week 1–2: inventory of devices, collection of configurations and credentials from the current supplier. Week 3–5: deployment of monitoring, captive-portal migration and PMS integration tests. Week 6–8: site survey, remediation of coverage gaps, staff training, and service acceptance tests under Clause 4.2.
P:SIGNED for and on behalf of ATOLL NETWORKS PRIVATE LIMITED: ____________________ Director
P:SIGNED for and on behalf of SANYA LINGZHOU ISLAND TOURISM DEVELOPMENT CO., LTD.: ____________________ Legal Representative
"""

SOURCES = {"h69z02": H69Z02, "h69z04": H69Z04, "h69e01": H69E01, "h69e04": H69E04}
TARGETS = {"h69z02": ("h69z02_sugar_refinery_online_brix_analysers.docx", "docx"),
           "h69z04": ("h69z04_hospital_authority_dc_environment_monitoring_om.pdf", "pdf"),
           "h69e01": ("h69e01_nickel_smelter_furnace_camera_analytics_licence.pdf", "pdf"),
           "h69e04": ("h69e04_resort_island_managed_it_guest_wifi.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
