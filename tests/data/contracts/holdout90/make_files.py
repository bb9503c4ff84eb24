"""Builds the two .docx and the two .pdf contracts of holdout90 from the sources kept below.

Run with /work/main/.venv/bin/python make_files.py (from any directory). The .md and .txt contracts are plain files in
this folder and are not generated here. PDFs are broken into lines at word boundaries (word_pdf.write(...,
wrap_words=True)), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H90Z01 = """
T:江源省医疗保障局医保智能审核系统建设项目合同
P:合同编号：JYYB-ZC-2025-017
P:采购人（甲方）：江源省医疗保障局
P:供应商（乙方）：杭州衡审信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（项目编号：JYZC2025-0316）、乙方投标文件及中标通知书，甲乙双方就江源省医保智能审核系统建设项目（以下简称“本项目”）订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设覆盖全省十四个统筹区的医保智能审核系统，包括智能审核规则引擎、医保知识库及审核规则库、定制开发（与省医保信息平台结算子系统的接口、DRG/DIP付费审核场景、基金监管驾驶舱）、应用服务器部署、数据治理、系统集成与培训。
P:1.2 详细功能及技术要求以招标文件第五章《采购需求》和附件1《需求规格说明书》为准。乙方投标文件中优于招标要求的承诺，同样构成乙方的合同义务。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰捌拾贰万元整（¥3,820,000.00），为固定总价，已包含货物、软件许可、开发、实施、运输、安装、税费及质保期内全部服务的费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|智能审核规则引擎软件许可（省级授权，不限用户数）|1套|1,280,000
TB:2|医保知识库及审核规则库授权（含审核规则五千余条）|1套|460,000
TB:3|应用服务器（含操作系统）|4台|392,000
TB:4|定制开发（平台接口、DRG/DIP审核场景、监管驾驶舱）|1项|1,365,000
TB:5|实施部署及数据治理|1项|286,000
TB:6|培训|1项|37,000
TB:合计|||3,820,000
P:2.2 上表第1至3项合计人民币2,132,000元，为本合同所称“软硬件小计”。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计人民币764,000元。
P:3.2 系统完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的45%，计人民币1,719,000元。
P:3.3 系统试运行期满并通过最终验收后十五个工作日内，甲方支付合同总价的35%，计人民币1,337,000元。
P:3.4 乙方每次请款时应向甲方开具等额增值税发票。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成系统部署并提请初步验收。初步验收通过之日起，系统进入为期九十日的试运行。
P:4.2 乙方应按甲方确认的实施计划开展工作，每两周提交一次书面进度报告；实施计划调整须经甲方书面同意。
H:第五条 验收
P:5.1 初步验收标准：（1）附件1所列功能全部实现并经甲方逐项测试通过；（2）与省医保信息平台结算子系统的接口连续十个工作日运行无差错，审核结果回写准确；（3）单张结算单据事前审核平均耗时不超过1秒，500个并发审核请求下系统运行正常；（4）通过第三方机构的网络安全等级保护三级测评及代码安全检测，无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障；审核规则在甲方抽取的一万张历史结算单据上的疑点识别结果，经甲方业务处室复核确认；乙方已交付全部源代码、技术文档、操作手册，并完成对甲方及各统筹区经办人员的培训。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以双方签署的书面验收报告为准。系统上线运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内，乙方免费提供软件缺陷修复、版本升级、审核规则库按季度更新、服务器硬件保修及7×24小时技术支持。
P:6.2 质保期内，系统月度可用率不低于99.95%，经甲方书面同意的计划内维护时间除外。
P:6.3 故障分级及处理时限如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|审核服务中断，或全省、任一统筹区结算审核受阻|30分钟|2小时|6小时
TB:二级|部分审核场景或驾驶舱功能不可用，有替代方案|1小时|8小时|24小时
TB:三级|一般功能缺陷、操作咨询|2小时|按需|5个工作日
P:6.4 乙方未在上表时限内响应、到场或恢复的，每超时一小时，应向甲方支付违约金人民币1,000元；系统月度可用率每低于约定值0.01个百分点，应向甲方支付违约金人民币2,000元。上述款项甲方可从应付款项中直接扣减。
P:6.5 质保期满后，如甲方需要，乙方应继续提供运维服务。年度运维服务费不高于软硬件小计的8%，即每年不超过人民币170,560元，且自质保期满之日起三年内不得上调。运维服务合同每年另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、审核场景规则、监管驾驶舱、数据治理脚本及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 乙方原有的规则引擎软件及知识库的知识产权仍归乙方或其权利人所有，乙方授予甲方在本项目范围内永久、不可撤销的使用许可。
P:7.3 乙方保证所交付的软硬件不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的参保人员信息、就诊及结算数据、审核结果等全部数据属于甲方。乙方仅可为履行本合同使用上述数据，不得以任何形式复制、留存、加工或向第三方提供，也不得用于模型训练或其他任何用途。
P:8.2 乙方人员须在甲方医保专网内经堡垒机访问系统，操作全程留痕；开发测试须使用甲方提供的脱敏数据。乙方应按照《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护三级的要求落实各项安全管理和技术措施。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件时，乙方应立即采取处置措施，并在一小时内书面报告甲方。因乙方原因导致安全事件的，乙方承担全部法律责任，并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、技术资料、业务规则及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成部署或通过初步验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；违约金累计不超过合同总价的10%。逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的软硬件不符合合同约定的，应负责更换或整改，并承担由此产生的全部费用。
P:10.3 乙方违反第八条、第九条约定的，除支付违约金外，还应赔偿甲方的全部损失。
H:第十一条 分包与转让
P:乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方，也不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方有重大违约行为，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，双方互不承担违约责任。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的或与本合同有关的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同附件包括：附件1《需求规格说明书》、附件2《实施计划》、附件3《数据安全承诺书》，均为本合同不可分割的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：江源省医疗保障局　　　　乙方（盖章）：杭州衡审信息技术有限公司
P:法定代表人或授权代表：＿＿＿＿　　　　法定代表人或授权代表：＿＿＿＿
P:签订日期：2025年＿＿月＿＿日
"""

H90Z02 = """
T:坝上第三风电场风电机组在线振动监测系统采购合同
P:合同编号：BSFD3-WZ-2025-046
P:甲方（买方）：张北坝上新能源有限公司（坝上第三风电场）
P:乙方（卖方）：西安测振科技有限公司
P:甲乙双方经友好协商，就坝上第三风电场66台风电机组在线振动监测系统的供货、安装调试及维保服务事宜，订立本合同，以资共同遵守。
H:一、合同标的及价格
P:（一）乙方为甲方66台2.5MW双馈风电机组加装在线振动监测系统，包括数据采集器、加速度传感器、转速传感器、场站数据服务器、故障诊断分析软件，并负责安装调试、系统联调和人员培训。
P:（二）合同总价为人民币叁佰壹拾万零伍仟元整（¥3,105,000），含增值税、运输、保险、吊装及登机作业费用，以及质保期内的全部服务费用。分项价格如下：
P:1. 振动数据采集器（8通道）66台，单价23,800元，小计1,570,800元；
P:2. 加速度传感器528只，单价1,350元，小计712,800元；
P:3. 转速传感器66只，单价980元，小计64,680元；
P:4. 场站数据服务器2套，单价86,500元，小计173,000元；
P:5. 故障诊断分析软件许可1套，268,000元；
P:6. 安装调试费297,720元；
P:7. 培训费18,000元。
P:其中第1至5项合计2,789,280元，以下称“设备及软件价款”。
H:二、交货及安装
P:（一）乙方应于合同生效后四十五日内将全部设备运抵风电场指定库房，并于到货后六十日内完成全部机组的安装调试。
P:（二）登机作业应遵守甲方《风电场安全工作规程》，风速超过10米/秒时不得登机作业。乙方作业人员须持有效的登高作业证并经甲方安全培训考试合格。
P:（三）设备到货时，双方按装箱单清点签收。签收仅表示数量核对无误，不构成质量验收。
P:（四）乙方应随设备提供产品合格证、传感器出厂校准证书、安装手册、接线图、软件操作手册及备品备件清单，安装调试完成后十日内提交竣工资料一套（纸质及电子版各一份）。
P:（五）甲方负责提供设备临时存放场地、场站服务器机柜位置、电源及与SCADA系统对接所需的接口资料，并为乙方人员办理进场安全手续。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%，即310,500元，作为预付款。
P:（二）全部设备到货签收后十个工作日内，甲方支付合同总价的35%，即1,086,750元。
P:（三）系统通过最终验收后十个工作日内，甲方支付合同总价的50%，即1,552,500元。
P:（四）剩余合同总价的5%，即155,250元，作为质量保证金，于质保期满且无未决质量问题后十个工作日内无息支付。
H:四、验收
P:（一）全部机组安装调试完成后，系统连续试运行三十日。最终验收应同时满足下列条件：1. 66台机组的监测数据全部上传至场站服务器，主轴承、齿轮箱、发电机各测点数据完整；2. 全部传感器附有出厂校准证书，甲方抽检10台机组的现场比对偏差在技术协议允许范围内；3. 诊断软件能对模拟的齿轮箱故障特征正确报警并生成诊断报告；4. 系统通过甲方组织的电力监控系统安全防护检查。
P:（二）验收由甲方组织，验收结论以书面验收报告为准。设备投入运行或甲方使用系统，均不视为验收合格。验收不合格的，乙方应在二十日内整改完毕并重新提请验收。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备出现质量问题的，乙方免费维修或更换，更换的部件自更换之日起重新计算质保期；诊断软件免费升级。
P:（二）质保期内，乙方每季度远程提交一次全场机组振动诊断报告，每半年派员到场巡检一次，并对发现的早期故障提出处理建议。
P:（三）乙方应为甲方运行及检修人员提供不少于三天的现场培训，内容包括系统操作、频谱及包络分析基础、报警处理流程和常见故障判读，培训后经考核合格的人员应能独立完成日常数据查看和报警确认。
H:六、故障处理及维保服务
P:（一）故障分级：一级故障指场站服务器或诊断软件停止运行，或五台以上机组监测数据中断；二级故障指单台机组监测数据中断或报警功能失效；三级故障指其他一般性问题。
P:（二）发生一级故障时，乙方应在接到甲方通知后十二小时内响应，四十八小时内到场处理；发生二级故障时，乙方应在二十四小时内响应，五日内到场处理；三级故障在下一次巡检时处理。
P:（三）乙方响应或到场超过上述时限的，每超时一小时，甲方有权扣减人民币200元，从质量保证金或应付维保费中扣除。
P:（四）质保期满后，乙方继续提供年度维保服务，服务内容与质保期内相同，含备品备件。年度维保费按设备及软件价款的18%计取，即每年人民币502,070.40元，三年内不作调整。维保服务合同按年签订。
H:七、知识产权
P:（一）乙方为本项目定制的诊断模型参数、报警阈值配置、报表模板以及与甲方风电场SCADA系统的接口程序，知识产权归甲方所有，乙方应交付相应源代码和文档。
P:（二）数据采集器嵌入式软件及故障诊断分析软件的知识产权归乙方，乙方授予甲方在本风电场范围内永久使用的许可。
H:八、数据安全
P:（一）振动数据、机组运行数据及诊断结果均属于甲方，乙方仅可为履行本合同使用，未经甲方书面同意不得对外提供或用于任何其他目的。
P:（二）乙方远程诊断须经甲方审批的专用通道接入，遵守《电力监控系统安全防护规定》，不得在生产控制大区设置无线或互联网连接，远程会话全程记录。
P:（三）发生数据泄露或网络安全事件的，乙方应在两小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:九、保密
P:双方对在合同履行中知悉的对方商业秘密、技术资料和风电场运行信息负有保密义务，未经对方书面同意不得向第三方披露。乙方人员不得擅自拍摄、传播风电场设备及生产现场的照片和视频。保密义务在合同终止后三年内仍然有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）乙方交付的设备不符合技术协议的，甲方有权拒收，乙方应在十五日内无偿更换，由此造成的逾期按本条第（一）项处理。
P:（三）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:（四）乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的50%。
H:十一、分包
P:乙方不得转包本合同。风机登机安装作业如需委托具备资质的第三方实施，须事先取得甲方书面同意，乙方对第三方的行为承担全部责任。
H:十二、合同解除
P:乙方逾期交货或逾期完成安装超过六十日，或有其他重大违约行为经甲方书面催告后二十日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交张家口仲裁委员会仲裁。
H:十四、不可抗力
P:因地震、暴雪、持续大风等不可抗力导致不能按期履行的，受影响方应在三日内通知对方，并在十五日内提供证明，履行期限相应顺延；不可抗力持续超过九十日致使合同目的不能实现的，任何一方可以解除合同。
H:十五、其他
P:本合同附件包括技术协议、供货清单和安装方案，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：张北坝上新能源有限公司　　　　乙方（盖章）：西安测振科技有限公司
P:日期：2025年＿＿月＿＿日
"""

H90E03 = """
T:Supply, Installation and Maintenance Agreement – Guest Room Management System (420 Keys)
P:Agreement No. MIC-2025-SYA-031
P:This Supply, Installation and Maintenance Agreement (the "Agreement") is entered into as of ____________, 2025 (the "Effective Date") by and between Sanya Coral Bay Resort Hotel Co., Ltd., a company organized under the laws of the People's Republic of China, with its principal place of business at Yalong Bay National Resort District, Sanya, Hainan Province ("Owner"), and Marianas Integrated Controls, LLC, a Guam limited liability company, with its principal office at 238 Archbishop Flores Street, Suite 402, Hagåtña, Guam 96910 ("Contractor"). Owner and Contractor are each a "Party" and together the "Parties".
H:1. Definitions
P:1.1 "System" means the guest room management system described in Exhibit A, consisting of room control units, thermostats, sensors, gateways, the RoomSense management software and the integrations listed in Section 2.
P:1.2 "Contract Price" means the total price stated in Section 3.
P:1.3 "Installation Certificate" means the certificate signed by Owner's engineering manager confirming that the System has been installed in all 420 guest rooms.
P:1.4 "Final Acceptance" means Owner's written acceptance of the System under Section 6.
P:1.5 "Owner Data" means all data collected or processed by the System, including occupancy, door events and guest information received from Owner's property management system ("PMS").
H:2. Scope of Work
P:2.1 Contractor shall supply, install, configure and commission a guest room management system for the 420 guest rooms and suites of the resort (Buildings A to D), including: (a) one room control unit per room, controlling lighting scenes, curtains, the fan-coil unit and the do-not-disturb / make-up-room indicators; (b) one smart thermostat per room; (c) door, balcony-door and occupancy sensors; (d) fourteen floor gateways with PoE switches; (e) a perpetual licence of the RoomSense management software for 420 rooms, installed on Owner's servers; (f) an interface to Owner's Oracle OPERA PMS so that check-in and check-out set the room mode automatically; and (g) custom engineering and housekeeping dashboards.
P:2.2 Installation shall be performed floor by floor under the phasing plan agreed with Owner's rooms division.
P:2.3 Contractor shall train Owner's engineering team and front-office supervisors and deliver as-built drawings and manuals in English and Chinese.
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,440,000 (two million four hundred forty thousand Renminbi), inclusive of VAT, freight, import duties, installation materials and all travel and living costs of Contractor's personnel, broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Room control unit (RCU)|420|2,380|999,600
TB:2|Smart thermostat|420|960|403,200
TB:3|Door / balcony / occupancy sensor kit|420|540|226,800
TB:4|Floor gateway with PoE switch|14|8,600|120,400
TB:5|RoomSense software licence, perpetual, 420 rooms|1|318,000|318,000
TB:6|Installation and commissioning|1 lot|261,000|261,000
TB:7|OPERA PMS interface and custom dashboards|1 lot|96,000|96,000
TB:8|Training|1 lot|15,000|15,000
TB:|Total Contract Price|||2,440,000
P:3.2 Items 1 to 5 together, CNY 2,068,000, are the "Equipment and Licence Subtotal".
P:3.3 The Contract Price is fixed and not subject to adjustment.
H:4. Payment
P:4.1 Owner shall pay the Contract Price as follows: (a) ten percent (10%), CNY 244,000, as an advance payment within fifteen (15) days after the Effective Date, against Contractor's invoice and an advance payment bank guarantee of the same amount; (b) fifty-five percent (55%), CNY 1,342,000, within thirty (30) days after the Installation Certificate is signed; and (c) thirty-five percent (35%), CNY 854,000, within thirty (30) days after Final Acceptance.
P:4.2 The Installation Certificate confirms physical installation only. It is not acceptance of the System, and neither it nor the payment under Section 4.1(b) waives any of Owner's rights.
H:5. Schedule and Delay Damages
P:5.1 Contractor shall deliver all equipment to site within sixty (60) days after the Effective Date and shall complete installation of all rooms and be ready for acceptance testing within one hundred fifty (150) days after the Effective Date (the "Completion Date").
P:5.2 If Contractor fails to meet the Completion Date for reasons not attributable to Owner or to force majeure, Contractor shall pay Owner liquidated damages of 0.07% of the Contract Price for each day of delay, up to a maximum of ten percent (10%) of the Contract Price. Owner may deduct such damages from any payment due.
H:6. Testing and Final Acceptance
P:6.1 After installation, Contractor shall carry out the acceptance tests in Exhibit B together with Owner's engineering team.
P:6.2 The System passes the acceptance tests when: (a) every room has been tested for lighting scenes, curtain control, thermostat set-point and fan speed, DND/MUR indicators and door and occupancy sensing, with all defects corrected; (b) a PMS check-in or check-out changes the room mode within five (5) seconds in a test of fifty (50) consecutive transactions; (c) the dashboards show the data fields listed in Exhibit B correctly for all rooms; and (d) the System then runs for fourteen (14) consecutive days in live operation without a Severity 1 incident.
P:6.3 When the tests are passed, Owner shall issue a Final Acceptance certificate within seven (7) days. Occupation or use of the rooms, use of the System by Owner, or any payment does not constitute acceptance.
H:7. Warranty
P:7.1 Contractor warrants that the equipment and software will be free from defects in design, materials and workmanship and will perform in accordance with Exhibit A for twenty-four (24) months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period Contractor shall repair or replace defective equipment and correct software defects free of charge, including parts, labor and travel, keep a stock of spare RCUs and thermostats at the resort, and provide software updates and the maintenance services in Section 8.
H:8. Maintenance Services
P:8.1 Contractor shall respond to and resolve incidents reported by Owner according to the following severity levels:
TB:Severity|Description|Response|On site|Resolution
TB:Severity 1|PMS interface down, or loss of room control on a whole floor or in 10 or more rooms|30 minutes|3 hours|8 hours
TB:Severity 2|Loss of control in fewer than 10 rooms, or a dashboard unavailable|2 hours|next day|2 days
TB:Severity 3|Minor defect or request for information|1 business day|as scheduled|10 days
P:8.2 For each hour or part of an hour by which Contractor exceeds a response, on-site or resolution time for a Severity 1 incident, Contractor shall pay Owner CNY 800, which Owner may deduct from amounts due to Contractor.
P:8.3 After the Warranty Period, Contractor shall continue to provide the maintenance services under this Section 8, including parts, at an annual maintenance fee of CNY 186,120, being nine percent (9%) of the Equipment and Licence Subtotal, payable quarterly in arrears. This fee is fixed for the first three (3) years after the Warranty Period. Maintenance after the Warranty Period is ordered by Owner's annual purchase order and does not renew automatically.
H:9. Owner Data and Guest Privacy
P:9.1 All Owner Data belongs to Owner. Contractor may access and use Owner Data only to perform this Agreement and shall not copy, disclose, sell or otherwise use it for any other purpose.
P:9.2 The System shall be installed on Owner's servers and network at the resort. Contractor may access the System remotely only through Owner's VPN, using named accounts with multi-factor authentication, and each remote session shall be approved in advance by Owner's IT manager and logged. Contractor shall comply with the PRC Personal Information Protection Law, the Data Security Law and Owner's information security policies, and shall not transfer any Owner Data outside the People's Republic of China.
P:9.3 Contractor shall notify Owner within twenty-four (24) hours after becoming aware of any unauthorized access to, or loss or disclosure of, Owner Data, shall cooperate with Owner's investigation and remediation, and shall be liable for and indemnify Owner against all losses, fines and claims arising from any such incident caused by Contractor or its personnel.
H:10. Confidentiality
P:Each Party shall keep confidential all non-public information received from the other Party in connection with this Agreement, including network details, passwords, guest information and pricing, and shall use it only for the purposes of this Agreement. This obligation survives for five (5) years after expiration or termination of this Agreement.
H:11. Intellectual Property
P:11.1 The OPERA PMS interface configuration, the custom dashboards, the room configuration files and all documentation prepared for Owner under this Agreement belong to Owner upon creation, and Owner may use, modify and have third parties maintain them without restriction.
P:11.2 The RoomSense software and the firmware of the equipment remain the property of Contractor or its licensors and are licensed to Owner on a perpetual basis for the resort.
P:11.3 Contractor shall defend and indemnify Owner against any claim that the System infringes a third party's intellectual property rights.
H:12. Limitation of Liability
P:Contractor's total liability arising out of or in connection with this Agreement shall not exceed two (2) times the Contract Price. This limitation does not apply to death or personal injury, fraud, willful misconduct, or breach of Section 9 or Section 10.
H:13. Subcontractors
P:13.1 Contractor's local service partner for on-site installation and maintenance in Sanya, Hainan Lanhai Building Technology Co., Ltd., is named in Exhibit C and is approved by Owner's signature of this Agreement.
P:13.2 Contractor shall not subcontract any other part of the work without Owner's prior written consent. Contractor remains fully responsible for the acts and omissions of its subcontractors.
H:14. Termination
P:14.1 Owner may terminate this Agreement by written notice if Contractor commits a material breach and fails to cure it within twenty (20) days after receiving written notice, or if the liquidated damages under Section 5.2 reach their maximum.
H:15. Governing Law and Venue
P:15.1 This Agreement shall be governed by and construed in accordance with the laws of Guam, without regard to its conflict of laws rules.
P:15.2 Any action or proceeding arising out of or relating to this Agreement shall be brought exclusively in the Superior Court of Guam in Hagåtña, and each Party submits to the jurisdiction of that court.
H:16. Miscellaneous
P:16.1 This Agreement, together with Exhibit A (System Specification), Exhibit B (Acceptance Tests) and Exhibit C (Local Service Partner), is the entire agreement of the Parties on its subject matter. Amendments must be in writing and signed by both Parties.
P:IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
P:Sanya Coral Bay Resort Hotel Co., Ltd.  By: ____________________  Name / Title: ____________________
P:Marianas Integrated Controls, LLC  By: ____________________  Name / Title: ____________________
"""

H90E04 = """
T:Managed IT and Validated Desktop Support Services Agreement
P:Contract Reference: TMP-IT-2025-114
P:This Managed IT and Validated Desktop Support Services Agreement (this "Agreement") is made between Taizhou Meridian Pharmaceutical Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at No. 18 Yaocheng Avenue, China Medical City, Taizhou, Jiangsu Province ("Customer"), and Caribe Validated Systems, Inc., a Puerto Rico corporation with its principal office at 1250 Ponce de León Avenue, Suite 900, San Juan, Puerto Rico 00907 ("Provider").
H:1. Definitions
P:1.1 "Services" means the managed IT and validated desktop support services described in Clause 2 and Schedule 1.
P:1.2 "Validated Desktops" means the 620 desktop and laptop computers used in GMP areas of Customer's oral-solid-dose and sterile-fill plants, including the 140 laboratory PCs connected to HPLC, GC, dissolution and other QC instruments.
P:1.3 "Core Infrastructure" means Customer's Active Directory, file servers, backup system and plant network switches listed in Schedule 1.
P:1.4 "Customer Data" means all data, records and files of Customer or its personnel that Provider accesses or handles, including GMP records, batch and laboratory data, audit trails and personal information.
P:1.5 "Service Commencement Date" means the date of Customer's written Service Commencement Acceptance under Clause 5.
H:2. Services
P:2.1 Provider shall provide: (a) a bilingual (Mandarin and English) service desk available 24 hours a day, 7 days a week; (b) three full-time on-site engineers at Customer's Taizhou site during plant working hours, with on-call cover at night and on public holidays; (c) installation, configuration, patching and lifecycle support of the Validated Desktops under Customer's change control; (d) administration and monitoring of the Core Infrastructure; and (e) monthly service reports and quarterly service reviews.
P:2.2 Provider shall perform the Services in accordance with Customer's quality system, including its SOPs on computerized system validation, change control, deviation and CAPA management, and the applicable requirements of the China GMP Annex on Computerized Systems, GAMP 5 and, for systems supporting products exported to the United States, 21 CFR Part 11.
P:2.3 No change to a Validated Desktop, its image or any connected instrument software may be made without an approved change request. Provider shall prepare the validation documentation (risk assessment, IQ/OQ protocols and reports) for each change for approval by Customer's Quality Assurance.
H:3. Term
P:3.1 This Agreement starts on signature. The Services run for thirty-six (36) months from the Service Commencement Date (the "Service Term").
P:3.2 This Agreement does not renew automatically. Any extension of the Service Term requires a written amendment signed by both parties.
H:4. Charges and Payment
P:4.1 The charges are: (a) a one-time Transition Fee of CNY 214,000; and (b) a Monthly Service Charge of CNY 168,500, that is CNY 6,066,000 over the Service Term. The total contract value is CNY 6,280,000. The charges are inclusive of VAT and of all travel and living costs of Provider's personnel.
P:4.2 The Transition Fee is invoiced after Service Commencement Acceptance. The Monthly Service Charge is invoiced monthly in arrears, together with the monthly service report, less any service credits earned in that month. Customer makes no advance payment.
P:4.3 Customer shall pay undisputed invoices within thirty (30) days after receipt of a valid VAT invoice.
H:5. Transition and Service Commencement Acceptance
P:5.1 Provider shall complete the transition described in Schedule 2 within ninety (90) days after signature (the "Target Commencement Date"), including knowledge transfer from the incumbent provider.
P:5.2 Service Commencement Acceptance requires that: (a) the asset register lists every Validated Desktop and Core Infrastructure item and has been reconciled with Customer's physical audit; (b) the support runbooks and the Validated Desktop baseline image have been approved by Customer's Quality Assurance, with executed IQ/OQ reports; (c) Provider's staff have completed Customer's GMP and data-integrity training; and (d) a ten (10) business day shadow period has been completed without any missed P1 response.
P:5.3 Customer shall confirm Service Commencement Acceptance in writing. Provider's starting to handle tickets does not by itself constitute acceptance.
P:5.4 If Service Commencement Acceptance is not achieved by the Target Commencement Date for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 5,000 for each day of delay, up to a maximum of CNY 300,000.
H:6. Service Levels and Service Credits
P:6.1 Provider shall meet the following service levels, measured monthly:
P:(a) P1 incident (a GMP production line, a QC laboratory instrument workstation group or a Core Infrastructure service is down): response within fifteen (15) minutes, 24x7; workaround or restoration within six (6) hours.
P:(b) P2 incident (a single Validated Desktop or a non-GMP service is down): response within one (1) hour; resolution within one business day.
P:(c) P3 request: response within one business day; fulfilment within five business days.
P:(d) Core Infrastructure availability: at least 99.95% in each calendar month, excluding maintenance windows approved by Customer's change control.
P:6.2 If Provider misses a service level, Provider shall grant a service credit of two percent (2%) of the Monthly Service Charge for each missed P1 response or restoration time and five percent (5%) of the Monthly Service Charge if Core Infrastructure availability falls below the committed level, up to twelve percent (12%) of the Monthly Service Charge in any month. Service credits do not limit Customer's other rights.
H:7. Data Integrity, Customer Data and Security
P:7.1 All Customer Data belongs to Customer. Provider shall process Customer Data only on Customer's documented instructions and only to perform the Services, and shall not copy, retain, analyze, aggregate or use Customer Data for any other purpose.
P:7.2 Provider shall follow ALCOA+ data-integrity principles and shall never delete, alter or disable an audit trail, or change a system clock, on any Validated Desktop. Provider's personnel shall access Customer systems only with named accounts and multi-factor authentication, from Customer's site or through Customer's VPN; all privileged sessions are recorded. No Customer Data may be removed from Customer's site or transferred outside the People's Republic of China.
P:7.3 Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and with Customer's information security policies. Provider shall report any actual or suspected security incident or data-integrity breach affecting Customer Data to Customer within twenty-four (24) hours after discovery, cooperate in the investigation and any regulatory reporting, and be liable for all losses, regulatory penalties and costs of remediation resulting from an incident caused by Provider or its personnel.
H:8. Confidentiality
P:Each party shall keep confidential the other party's confidential information, including Customer's manufacturing processes, product formulations, batch records, regulatory submissions and audit findings, use it only for this Agreement and disclose it only to personnel who need to know it and are bound by written confidentiality obligations. This Clause survives for seven (7) years after the end of this Agreement.
H:9. Deliverables and Intellectual Property
P:9.1 All deliverables created for Customer under this Agreement, including runbooks, SOP drafts, validation protocols and reports, scripts, desktop images and configuration records, are owned by Customer from creation. Customer may use, modify and disclose them freely, including to any successor provider.
P:9.2 Provider retains its pre-existing tools and methods. To the extent any of them is embedded in a deliverable, Provider grants Customer a perpetual, royalty-free licence to use and modify it for Customer's business.
H:10. Personnel and Subcontracting
P:10.1 Provider's affiliate Caribe Validated Systems (Suzhou) Co., Ltd., which employs the on-site engineers, is approved as subcontractor by Customer's signature of this Agreement.
P:10.2 Provider shall not subcontract any other part of the Services without Customer's prior written consent. Provider remains responsible for all acts and omissions of its affiliate and any approved subcontractor.
P:10.3 Provider shall not replace the on-site lead engineer without thirty (30) days' notice and a handover approved by Customer.
H:11. Liability
P:11.1 Each party's total liability under this Agreement is limited to CNY 10,000,000.
P:11.2 The limit in Clause 11.1 does not apply to death or personal injury, fraud, wilful misconduct, or breach of Clause 7 or Clause 8.
H:12. Termination
P:12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty (30) days after written notice, or if Provider misses a P1 restoration time three times in any three-month period.
P:12.2 Either party may terminate by written notice if the other party becomes insolvent.
P:12.3 On expiry or termination, Provider shall provide up to ninety (90) days of exit assistance at the then-current monthly rate pro rata, return all Customer Data and deliverables, and certify the deletion of any copies.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing in accordance with its rules. The award is final and binding on both parties.
H:14. General
P:14.1 Schedules: Schedule 1 (Service Description and Asset Scope), Schedule 2 (Transition Plan), Schedule 3 (Service Reporting).
P:14.2 This Agreement is signed in English and Chinese, and both versions have equal effect. Amendments must be in writing and signed by both parties.
P:Signed for Taizhou Meridian Pharmaceutical Co., Ltd.: ____________________   Date: __________
P:Signed for Caribe Validated Systems, Inc.: ____________________   Date: __________
"""

SOURCES = {"h90z01": H90Z01, "h90z02": H90Z02, "h90e03": H90E03, "h90e04": H90E04}
TARGETS = {"h90z01": ("h90z01_medical_insurance_bureau_smart_audit_system.docx", "docx"),
           "h90z02": ("h90z02_wind_farm_vibration_monitoring_supply.pdf", "pdf"),
           "h90e03": ("h90e03_resort_hotel_guest_room_controls_guam.docx", "docx"),
           "h90e04": ("h90e04_pharma_managed_it_validated_desktops_pr.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
