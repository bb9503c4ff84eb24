"""Builds the .docx and .pdf contracts of holdout80 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the .md / .txt contracts of this folder are plain files.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H80Z01 = """
T:江北省安全生产风险监测预警平台建设项目合同
P:合同编号：JBYJ-2025-ZC-017    政府采购项目编号：JBZC2025-GK-0342
P:甲方（采购人）：江北省应急管理厅
P:住所：江北省江城市建设大道218号
P:乙方（供应商）：江北安澜数智科技有限公司
P:住所：江城市高新区光谷三路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就江北省安全生产风险监测预警平台建设项目（以下简称“本项目”）订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责本项目的软硬件供货、定制开发、系统集成、安装调试、数据对接、培训以及质保期内的运行维护，建成覆盖省、市、县三级的安全生产风险监测预警平台，对全省二百四十家重点危险化学品、尾矿库及工贸企业实现在线监测、风险研判和分级预警。
P:1.2 平台部署于江北省政务云，感知接入网关安装于各重点企业现场，具体点位以附件一《接入企业清单》为准。政务云资源由甲方协调提供，乙方负责平台软件在政务云上的部署和调优。
P:1.3 乙方应于合同签订后一百二十日内完成全部供货、安装、数据接入和平台上线，具备初验条件。
P:1.4 乙方应指派具有高级工程师职称的项目经理常驻甲方，项目实施期间每周向甲方提交进度报告；未经甲方同意，乙方不得更换项目经理。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰贰拾柒万元整（¥4,270,000.00），为固定总价，包括设备、软件、开发、集成、运输、安装、培训、税费以及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|风险监测预警平台软件许可（含监测预警、风险一张图、企业接入管理模块）|1套|1,380,000
TB:2|企业现场感知接入网关（含气体、温度、压力、液位信号采集及视频边缘计算）|240台|864,000
TB:3|国产化服务器及存储设备|1批|586,000
TB:4|网络安全设备（防火墙、入侵检测、数据库审计）|1批|318,000
TB:5|定制开发（危化品、尾矿库、工贸行业专题及省市县三级联动）|1项|792,000
TB:6|系统集成、安装调试及数据对接|1项|284,000
TB:7|培训|1项|46,000
TB:合计|||4,270,000
P:2.2 上表第1至4项为软硬件小计，计人民币叁佰壹拾肆万捌仟元整（¥3,148,000.00）。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后十五个工作日内，甲方支付合同总价的百分之二十作为预付款。
P:3.2 平台初验合格后十五个工作日内，甲方支付合同总价的百分之四十。
P:3.3 平台终验合格后十五个工作日内，甲方支付合同总价的百分之三十五。
P:3.4 合同总价的百分之五作为质量保证金，质保期满且乙方无未履行义务的，甲方在十五个工作日内无息支付。
P:3.5 甲方付款前，乙方应开具合法有效的增值税发票。因乙方发票不合格导致付款延迟的，甲方不承担逾期付款责任。
H:第四条 验收
P:4.1 初验：平台上线后，乙方向甲方提交初验申请及测试报告。初验标准为：附件二《功能需求清单》所列功能全部实现；二百四十台感知接入网关全部安装完成，监测数据接入完整率不低于98%；预警信息能在六十秒内推送至省、市、县三级值班终端；与省应急指挥平台、危险化学品登记系统的接口联调通过。
P:4.2 终验：初验合格后进入三个月试运行。试运行期间未发生一级故障，且平台通过具有资质的第三方机构网络安全等级保护第三级测评以及软件功能、性能测试的，由甲方组织专家进行终验，双方签署终验报告。
P:4.3 平台上线、试运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，所需费用由乙方承担。
H:第五条 服务水平
P:5.1 质保期内，平台年度可用率应不低于99.5%（计划内维护且提前三个工作日书面通知甲方的时段除外）。可用率每低于约定值0.1个百分点，甲方有权从质量保证金中扣除人民币贰仟元。
P:5.2 乙方应设立7×24小时服务热线，故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或预警信息无法推送|30分钟|2小时|6小时
TB:二级|部分行业专题或部分企业监测数据中断|1小时|8小时|24小时
TB:三级|一般功能缺陷、报表错误|2小时|下一工作日|5个工作日
P:5.3 乙方未按上表时限响应、到场或恢复的，每超过一小时，甲方有权扣除人民币壹仟元。同一季度内发生三次以上一级故障的，乙方应提交书面整改报告并落实整改。
H:第六条 质保及后续运维
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级、安全补丁以及每季度一次的现场巡检，并在汛期、重大活动期间安排专人值守。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过软硬件小计的百分之八，即每年不超过人民币贰拾伍万壹仟捌佰肆拾元；质保期满后前三年该费用不得上调。具体内容由双方另行签订运维合同。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的行业专题模块、接口程序、源代码、数据库设计及技术文档，知识产权归甲方所有。乙方应在终验前全部移交，甲方有权自行或委托第三方修改和使用。
P:7.2 平台软件许可产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及省内各级应急管理部门。
P:7.3 乙方保证所提供的软硬件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 企业监测数据、预警信息、视频图像以及平台运行产生的全部数据均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施，对重要数据加密存储和传输；远程运维须经甲方审批并通过甲方堡垒机进行，操作全程留痕。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在一小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部法律责任，并赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、企业商业秘密及未公开的安全生产信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 分包
P:10.1 乙方可将感知接入网关的现场安装和布线工作分包给具有相应资质的单位，但应在分包单位进场前五个工作日书面告知甲方。乙方对分包单位的工作承担全部责任。
P:10.2 除前款所列工作外，乙方不得将本项目其他工作分包。
H:第十一条 违约责任
P:11.1 乙方未按第1.3款约定期限完成供货、安装和上线的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的百分之五。
P:11.2 乙方提供的设备或软件不符合合同约定的，应无条件更换或整改，并承担由此产生的费用。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:第十二条 合同解除
P:12.1 乙方逾期超过六十日，或验收两次不合格，或有其他严重违约行为经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:14.2 附件一《接入企业清单》、附件二《功能需求清单》、招标文件、乙方投标文件及中标通知书均为本合同组成部分。
P:甲方（盖章）：江北省应急管理厅        乙方（盖章）：江北安澜数智科技有限公司
P:法定代表人或授权代表：__________      法定代表人或授权代表：__________
P:签订日期：2025年__月__日
"""

H80Z04 = """
T:宁州市文物建筑消防物联网系统运维服务合同
P:政府采购项目编号：NZCG-2025-FW-0118    合同编号：NZGJ-YW-2025-03
P:甲方（采购人）：宁州市古建筑保护管理所
P:乙方（供应商）：宁州安消物联科技有限公司
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》《中华人民共和国文物保护法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就宁州市文物建筑消防物联网系统运维服务订立本合同。
H:1. 服务范围与服务期
P:1.1 乙方对甲方管理的三十八处文物建筑（其中全国重点文物保护单位六处）已建成的消防物联网系统提供运维服务。系统包括：独立式感烟火灾探测器1,026只、电气火灾监控探测器148套、消防水压水位监测终端62套、视频火焰识别摄像机24路，以及部署在甲方机房的消防物联网监管平台。
P:1.2 服务内容包括：7×24小时平台值守与报警复核；终端巡检，每月全面巡检一次，全国重点文物保护单位每半月巡检一次；故障维修及易损件更换，单件价格五百元以下的电池、探头等易损件已含在服务费中；平台运行维护和数据备份；汛期、节假日及重大活动期间的值守保障；配合甲方开展年度消防演练。
P:1.3 服务期为二十四个月，自运维接管验收合格之日起计算。服务期满本合同终止，不自动续期；甲方如需继续采购，按政府采购规定另行组织。
P:1.4 甲方负责提供平台机房环境、网络及必要的工作场所，并协调各文物建筑管理人员配合巡检。新增终端的采购不在本合同范围内；新增终端接入平台后纳入运维范围，新增数量不超过现有数量百分之五的，服务费不作调整。
H:2. 合同价款及支付
P:2.1 合同总价为人民币壹佰零壹万肆仟元整（¥1,014,000.00），其中：运维接管及资产普查费（一次性）人民币肆万贰仟元；年度运维服务费每年人民币肆拾捌万陆仟元，两年共计人民币玖拾柒万贰仟元。合同总价包含人员、交通、工具、易损件、税费等全部费用。
P:2.2 本合同不设预付款。运维接管及资产普查费在接管验收合格后十五个工作日内支付。
P:2.3 年度运维服务费按季度支付，每季度人民币壹拾贰万壹仟伍佰元，在当季考核完成后十五个工作日内支付；考核扣款及第4条约定的扣款从当季服务费中扣减。
P:2.4 乙方应在每次收款前向甲方开具合法有效的发票。
H:3. 接管验收与季度考核
P:3.1 乙方应在合同签订后二十日内完成运维接管：对全部终端和平台进行资产普查，建立一物一档台账；逐点测试报警信号上传；提交运维方案、应急预案和问题终端清单。
P:3.2 接管验收标准：台账与现场逐一核对无误；每个终端的测试报警信号在三十秒内到达平台；问题终端清单及整改计划经甲方确认；驻场人员到岗并持证。甲方在收到接管验收申请后五个工作日内组织验收，双方签署接管验收单。
P:3.3 甲方每季度按附件《运维考核细则》对巡检完成率、故障修复时效、报警复核及时性、台账更新情况进行考核，考核得分低于八十分的为不合格。乙方提交巡检记录、甲方接收报告或支付款项，均不视为考核合格。
P:3.4 季度考核不合格的，甲方按《运维考核细则》扣减当季服务费，扣减比例最高为当季服务费的百分之二十；乙方应在十日内提交整改报告。
H:4. 服务水平
P:4.1 消防物联网监管平台月度可用率应不低于99.95%。平台月度可用率每低于约定值0.01个百分点，甲方扣减当季服务费的百分之一。
P:4.2 故障分级及时限：一级故障指平台离线、报警信息无法推送，或一处文物建筑的终端成片离线，乙方应在十五分钟内响应、一小时内到场、三小时内恢复；二级故障指单个终端故障或频繁误报，乙方应在一小时内响应、二十四小时内修复；三级故障指报表、显示等一般问题，乙方应在三个工作日内处理完毕。
P:4.3 平台收到火警信号后，值守人员应在三分钟内完成视频复核，并立即通知甲方值班人员和文物建筑管理人员。
P:4.4 乙方未按第4.2条时限响应、到场或恢复的，每超过一小时，甲方从当季服务费中扣减人民币捌佰元。
P:4.5 每年春节、清明、国庆等重点时段及台风、雷雨季节前，乙方应对全部文物建筑的终端和线路进行一次专项检查，并将检查结果书面报告甲方。
H:5. 人员要求
P:5.1 乙方应安排二名驻场工程师，持有消防设施操作员职业资格证书，并配备不少于四名巡检人员。驻场及巡检人员名单报甲方备案，更换须提前七日书面告知并经甲方同意。
P:5.2 乙方人员进入文物建筑应遵守文物保护和安全管理规定，严禁在文物建筑内吸烟、动火，作业时不得损坏文物本体。乙方应为其人员购买意外伤害保险，乙方人员在服务中发生的人身伤害由乙方负责。
P:5.3 乙方应于每月五日前向甲方提交上月运维月报，内容包括巡检完成情况、报警及故障统计、终端在线情况和问题整改进度；每年末提交年度运维评估报告及下一年度设备更新建议。
P:5.4 服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的后续服务单位完成交接，移交台账、资料、账号和密码，并配合平稳过渡，交接期间不得中断值守服务。
H:6. 数据安全
P:6.1 平台数据、报警记录、视频图像、文物建筑平面图及消防设施布点图均属于甲方所有，乙方仅能为履行本合同使用，不得复制、外传或用于其他目的。
P:6.2 乙方应按照网络安全等级保护第二级要求维护平台，落实账号权限管理、日志审计和数据备份；远程维护须经甲方批准并通过甲方堡垒机进行；服务期满后乙方应移交全部数据和账号并删除其留存的副本。
P:6.3 发生数据泄露、丢失、篡改或平台遭受攻击的，乙方应在一小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:7. 保密
P:7.1 乙方对在服务中知悉的文物建筑安防布局、消防设施分布、甲方内部管理信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本条在合同终止后继续有效。
H:8. 知识产权
P:8.1 乙方在运维过程中为甲方形成的台账、巡检报告、应急预案、平台配置文件及其他成果，知识产权归甲方所有，甲方可自由使用、修改和提供给后续服务单位。
H:9. 违约责任
P:9.1 乙方未按第3.1条约定期限完成运维接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 因乙方未按约定巡检、维修或复核报警，导致报警系统失效或延误处置，造成文物损毁或其他损失的，乙方承担赔偿责任。
P:9.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:10. 分包
P:10.1 乙方不得将本合同项下的服务转包或分包给任何第三方。
H:11. 合同解除
P:11.1 乙方季度考核连续两次不合格，或发生严重违约行为经甲方书面通知后十日内未纠正的，甲方有权解除本合同，并按实际服务期结算费用，乙方应赔偿由此给甲方造成的损失。
H:12. 争议解决
P:12.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:13. 其他
P:13.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件《运维考核细则》、竞争性磋商文件及乙方响应文件为本合同组成部分。
P:甲方（盖章）：宁州市古建筑保护管理所      乙方（盖章）：宁州安消物联科技有限公司
P:代表：__________      代表：__________      日期：2025年__月__日
"""

H80E01 = """
T:SOFTWARE LICENCE AND SUPPORT AGREEMENT - HiveLedger Traceability System
P:Agreement No. AT-LIC-2025/041
P:This Agreement is concluded in Prishtina, Republic of Kosovo, on the date of the last signature below, between:
P:ApiTrace L.L.C., a limited liability company registered with the Kosovo Business Registration Agency under Unique Identification Number (NUI) 811456723, with its seat at Rr. Agim Ramadani No. 24, 10000 Prishtina, Kosovo, represented by its Director, Mr. Arben Krasniqi (hereinafter: the "Licensor"); and
P:Shaanxi Qinfeng Honey & Beeswax Export Co., Ltd., a company established under the laws of the People's Republic of China, with its registered office at No. 88 Fengdeng Road, Lianhu District, Xi'an, represented by its General Manager, Ms. Zhao Lina (hereinafter: the "Licensee").
P:The Licensor and the Licensee are hereinafter referred to individually as a "Party" and together as the "Parties".
H:Article 1 - Subject of the Agreement
P:1.1 The subject of this Agreement is the grant of a licence to use the HiveLedger hive-tracking and traceability software (the "Software"), the customisation of the Software for the Licensee's export business, its installation, data migration and training, and the warranty and support services described below.
P:1.2 The Licensee will use the Software to register approximately 12,000 hives kept by about 300 contracted beekeepers in Shaanxi and Gansu provinces, to record hive inspections, treatments, harvests and the moving of apiaries through the HiveLedger mobile application, and to trace each export lot of honey and beeswax back to the apiaries from which it was collected.
H:Article 2 - Definitions
P:2.1 "Custom Deliverables" means the export-lot traceability reports, the customs and importer document templates, the interface with the Licensee's Kingdee ERP system and any other work product that the Licensor creates specifically for the Licensee under this Agreement, including its source code and documentation.
P:2.2 "Licensee Data" means all data entered into or generated by the Software in the course of the Licensee's business, including apiary locations, personal data of beekeepers, inspection and treatment records, harvest quantities and laboratory results.
P:2.3 "Final Acceptance" means the written confirmation by the Licensee that the acceptance tests under Article 6 have been passed.
H:Article 3 - Licence
P:3.1 The Licensor grants to the Licensee a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business purposes on servers controlled by the Licensee, for up to 40 named office users and an unlimited number of beekeeper mobile accounts.
P:3.2 The Licensee may make copies of the Software for back-up and testing. The Licensee shall not sell, sub-license or reverse engineer the Software, except to the extent permitted by mandatory law.
H:Article 4 - Price
P:4.1 The total price under this Agreement is CNY 1,008,000 (one million and eight thousand Chinese Yuan), composed as follows: (a) Licence Fee: CNY 640,000; (b) customisation of the Software and development of the Custom Deliverables: CNY 248,000; (c) installation and migration of the Licensee's existing hive records: CNY 86,000; (d) training of office users and beekeeper trainers: CNY 34,000.
P:4.2 The price is fixed and includes all travel of the Licensor's staff to China and all taxes of the Licensor in Kosovo. Where Chinese law requires the Licensee to withhold tax, the Licensee shall do so and hand the tax certificate to the Licensor.
H:Article 5 - Payment Terms
P:5.1 The price shall be paid in CNY by bank transfer to the Licensor's account at ProCredit Bank, Prishtina, as follows: (a) 20% of the total price within 15 days after signature of this Agreement, against the Licensor's invoice; (b) 40% of the total price within 15 days after the Licensee has countersigned the Licensor's installation report; (c) the remaining 40% within 15 days after Final Acceptance.
P:5.2 Countersignature of the installation report confirms only that the Software has been installed. It is not acceptance of the Software or of the Custom Deliverables.
H:Article 6 - Delivery and Acceptance
P:6.1 The Licensor shall complete installation, migration and the Custom Deliverables within 90 days after signature of this Agreement.
P:6.2 The Parties shall carry out acceptance tests according to the test plan in Annex 2. The Software shall be accepted when: (a) three test lots of honey and one test lot of beeswax are traced correctly from the export drum to the individual apiaries and hives; (b) all reports and document templates listed in Annex 1 are produced correctly with the Licensee's data; (c) the mobile application synchronises inspection records entered offline without loss of data; (d) the ERP interface transfers purchase and lot data without error for ten consecutive working days; and (e) the Software has operated for 30 days after go-live without any Severity 1 fault.
P:6.3 If a test fails, the Licensor shall correct the fault at its own cost and repeat the test. Use of the Software in production before Final Acceptance does not mean that the Software has been accepted.
H:Article 7 - Warranty
P:7.1 The Licensor warrants that the Software and the Custom Deliverables will conform to Annex 1 for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor will correct all defects, provide all new versions of the Software and provide the support services under Article 8 free of charge.
H:Article 8 - Support Services
P:8.1 The Licensor provides support in English and Chinese through its help desk by e-mail, telephone and WeChat from 08:00 to 20:00 China time on working days, and for Severity 1 faults at any time.
P:8.2 Severity 1 means that the Software or the mobile synchronisation is unavailable for all users, or that export documents cannot be produced. The Licensor shall respond to a Severity 1 fault within two (2) hours and provide a workaround within twelve (12) hours. A Severity 2 fault (a main function is impaired) shall be responded to within eight (8) working hours, and a Severity 3 fault within two (2) working days.
P:8.3 For each hour or part of an hour by which the Licensor exceeds the response time for a Severity 1 fault, the Licensee may deduct CNY 1,000 from the next amount payable to the Licensor.
P:8.4 After the Warranty Period, the Licensee may order annual support by written purchase order. The annual support fee is 11% of the Licence Fee, i.e. CNY 70,400 per year, and shall remain unchanged for the first three years after the Warranty Period. Any later change requires written agreement and shall not exceed 3% per year. Support does not renew automatically.
H:Article 9 - Intellectual Property
P:9.1 The Software, including its updates and new versions, remains the property of the Licensor.
P:9.2 All rights in the Custom Deliverables pass to the Licensee upon payment. The Licensor shall deliver their source code and documentation together with the Software, and the Licensee may use, modify and license them, or have them modified by third parties, without restriction.
H:Article 10 - Licensee Data and Data Security
P:10.1 Licensee Data belongs to the Licensee. The Licensor may use Licensee Data only to perform this Agreement and shall not copy, keep or disclose it for any other purpose.
P:10.2 The Software will be installed in the Licensee's Alibaba Cloud account in mainland China. The Licensor's staff may access it remotely only through the Licensee's VPN, with access approved by the Licensee for each session, and all access will be logged. No Licensee Data, and in particular no personal data of beekeepers, may be transferred out of the People's Republic of China.
P:10.3 The Licensor shall apply access control, encryption of data in transit and secure development practices, and shall notify the Licensee of any security incident affecting Licensee Data within 24 hours of becoming aware of it. The Licensor is liable for all damage caused by a breach of this Article attributable to it.
H:Article 11 - Confidentiality
P:11.1 Each Party shall keep confidential all business, commercial and technical information of the other Party received under this Agreement, including the Licensee's lists of beekeepers, buyers and prices, and shall use it only for the purposes of this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 12 - Delay and Liability
P:12.1 If the Licensor fails to complete the work within the period in Article 6.1 for reasons attributable to it, it shall pay the Licensee liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:12.2 The total liability of each Party under this Agreement shall not exceed 150% of the total price. This limit does not apply to breach of Articles 10 and 11, to infringement of third-party rights, or to damage caused intentionally or by gross negligence.
H:Article 13 - Subcontracting
P:13.1 The Licensor shall not subcontract any part of its obligations without the prior written consent of the Licensee. The Licensor remains responsible for any approved subcontractor as for itself.
H:Article 14 - Termination
P:14.1 The Licensee may terminate this Agreement by written notice if the Licensor commits a material breach and does not remedy it within 30 days after written notice, or if the liquidated damages under Article 12.1 reach their maximum. On termination before Final Acceptance the Licensor shall refund the amounts received.
H:Article 15 - Force Majeure
P:15.1 Neither Party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, war, epidemics or acts of government, provided it notifies the other Party promptly and takes reasonable steps to limit the effects.
H:Article 16 - Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Republic of Kosovo.
P:16.2 The Parties shall try to settle any dispute amicably. If no settlement is reached within 30 days, the dispute shall be decided by the competent court in Prishtina, Kosovo.
H:Article 17 - Final Provisions
P:17.1 This Agreement is made in English in two originals, one for each Party. Annex 1 (Functional Specification and Custom Deliverables) and Annex 2 (Acceptance Test Plan) form part of this Agreement. Changes are valid only in writing signed by both Parties.
P:For the Licensor: ApiTrace L.L.C.    For the Licensee: Shaanxi Qinfeng Honey & Beeswax Export Co., Ltd.
P:Name, signature and date: ____________________    Name, signature and date: ____________________
"""

H80E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE AGREEMENT - KILN HUMIDITY MONITORING SYSTEM
P:Agreement Ref.: CSC/HN/2025/07
P:THIS AGREEMENT is made the ____ day of ____________ 2025
P:BETWEEN Coral Stone Controls Inc., a company incorporated under the Companies Act, Cap. 308 of the Laws of Barbados, whose registered office is at 14 Lower Bay Street, Bridgetown, St. Michael, Barbados (the "Integrator"); AND Hainan Lanhai Cooperage Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at 36 Yunlong Industrial Park, Qiongshan District, Haikou, Hainan Province (the "Purchaser").
P:WHEREAS the Purchaser operates six stave-seasoning and drying kilns for the manufacture and re-charring of rum barrels, and the Integrator has offered in its Quotation No. Q-2291 to supply and install a kiln humidity monitoring system and to maintain it; NOW IT IS HEREBY AGREED as follows:
H:1. Definitions
P:1.1 In this Agreement: "Equipment" means the probes, gateways, moisture meters and other hardware listed in Clause 3.1; "Software" means the KilnView monitoring software; "System" means the Equipment and the Software as installed at the Site; "Site" means the Purchaser's kiln building at the address above; and "Contract Price" means the price stated in Clause 3.1.
H:2. Scope of Supply
P:2.1 The Integrator shall supply, deliver to Site, install, calibrate and commission the System in all six kilns, connect the gateways to the Purchaser's plant network, configure KilnView with drying profiles for American white oak and French oak staves, and train the Purchaser's kiln operators.
P:2.2 The Integrator shall deliver the Equipment to Site within ten (10) weeks, and complete installation within fourteen (14) weeks, after the date of this Agreement (the "Completion Date").
H:3. Price and Payment
P:3.1 The Contract Price is CNY 868,000 (Eight Hundred and Sixty-Eight Thousand Renminbi), made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless kiln humidity and temperature probe, rated to 120 deg C|48|7,850|376,800
TB:2|Kiln gateway / controller with local display|6|32,400|194,400
TB:3|Pin-less stave moisture meter|4|12,600|50,400
TB:4|KilnView software licence, perpetual, 10 users|1|138,000|138,000
TB:|Equipment and licence subtotal|||759,600
TB:5|Installation, calibration and commissioning|1|86,500|86,500
TB:6|Operator training (two sessions)|1|21,900|21,900
TB:|Contract Price|||868,000
P:3.2 Prices are DDP Site (Incoterms 2020) and include freight, insurance, import duties, customs clearance and VAT.
P:3.3 The Contract Price is payable as follows: (a) twenty-five per cent (25%) with the Purchaser's order, within fourteen (14) days of signature; (b) sixty-five per cent (65%) on delivery of the Equipment to Site; and (c) the balance of ten per cent (10%) on completion of installation. Invoices are payable within thirty (30) days in CNY to the Integrator's account stated on the invoice.
H:4. Delivery and Delay
P:4.1 Risk in the Equipment passes to the Purchaser on delivery to Site and title on payment of the instalment under Clause 3.3(b).
P:4.2 If the Integrator fails to complete installation by the Completion Date for reasons within its control, it shall pay the Purchaser liquidated damages of one half of one per cent (0.5%) of the Contract Price for each complete week of delay, up to a maximum of five per cent (5%) of the Contract Price.
H:5. Installation and Acceptance
P:5.1 The Integrator shall install the System during the kiln shutdown periods notified by the Purchaser, comply with the Purchaser's hot-work and site safety rules, and leave the Site clean.
P:5.2 On completion of installation the Integrator shall issue an installation report. The System shall be deemed accepted by the Purchaser upon completion of installation as recorded in that report, and use of the System by the Purchaser shall in any event constitute acceptance.
H:6. Warranty
P:6.1 The Integrator warrants the Equipment and the Software against defects in materials and workmanship for a period of six (6) months from completion of installation. During that period the Integrator will repair or replace defective items free of charge, including parts, labour and shipping.
P:6.2 The warranty does not cover damage from a fire in the kilns, exposure beyond the rated temperature, or modification by persons other than the Integrator or its approved partner.
H:7. Maintenance
P:7.1 After the warranty the Integrator will provide maintenance under an Annual Maintenance Plan, which the Purchaser may order each year by purchase order. The Plan covers two preventive visits per year, recalibration of all probes against a reference hygrometer, software updates, remote monitoring of the gateways and the fault response in Clause 8.
P:7.2 The annual maintenance fee is nine per cent (9%) of the Equipment and licence subtotal, that is CNY 68,364 per year, fixed for the first three years after the warranty. The Plan does not renew automatically.
P:7.3 Replacement probes not covered by the warranty or the Plan will be supplied at the unit price in Clause 3.1.
H:8. Fault Response
P:8.1 During the warranty and under the Annual Maintenance Plan the Integrator shall respond to faults as follows:
TB:Severity|Definition|Response (remote)|Engineer on Site|Restoration
TB:1 - Critical|Monitoring lost for a whole kiln, or a gateway fails during a drying cycle|1 hour|24 hours|48 hours
TB:2 - Major|One or more probes lost, or readings out of tolerance|8 hours|3 working days|5 working days
TB:3 - Minor|Display, report or user account issues|2 working days|not required|10 working days
P:8.2 Remote response is given by the Integrator's help desk in Bridgetown, which is staffed around the clock for Severity 1 faults; work on Site is done by the Integrator's local service partner named in Clause 12.
P:8.3 For each hour by which a Severity 1 response time or on-Site time is exceeded, the Integrator shall credit the Purchaser CNY 500 against the next invoice, or pay that amount if no invoice is due.
H:9. Intellectual Property
P:9.1 The KilnView software remains the property of the Integrator. The Purchaser receives a perpetual licence to use it with the System.
P:9.2 The kiln drying profiles, alarm set-points, dashboards and tag mapping configured for the Purchaser are the property of the Purchaser, who may use and modify them and pass them to other contractors freely.
H:10. Data
P:10.1 All kiln readings, drying records and production data belong to the Purchaser and may be used by the Integrator only to perform this Agreement.
P:10.2 Remote access to the System shall be made only through the Purchaser's VPN, after the Purchaser's approval for each session, and shall be logged. The Integrator shall not copy data from the System except for diagnosing a fault and shall delete such copies when the fault is closed.
P:10.3 The Integrator shall keep its remote-access credentials secure, keep anti-malware protection up to date on the devices it connects to the System, notify the Purchaser of any security incident affecting the System or its data within 24 hours, and be liable for any loss caused by its breach of this Clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and commercial information, including the Purchaser's drying schedules, customer names and prices, and shall not disclose it to any third party without prior written consent. This Clause survives termination for three (3) years.
H:12. Subcontracting
P:12.1 The Purchaser approves Haikou Jingce Instrument Service Co., Ltd. as the Integrator's local service partner for installation assistance and on-Site maintenance. Any other subcontractor requires the Purchaser's prior written consent. The Integrator remains responsible for the acts of its subcontractors.
H:13. Liability
P:13.1 The total aggregate liability of the Integrator under this Agreement shall not exceed twice (2x) the Contract Price. This limit does not apply to death or personal injury, fraud, or breach of Clauses 10 and 11.
H:14. Termination
P:14.1 The Purchaser may terminate this Agreement by written notice if the Integrator commits a material breach and fails to remedy it within thirty (30) days after written notice, or if the liquidated damages under Clause 4.2 reach their maximum.
H:15. Force Majeure
P:15.1 Neither party is liable for failure or delay caused by hurricanes, typhoons, flood, fire, epidemics, shipping disruption or other events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The award is final and binding.
H:17. General
P:17.1 This Agreement, together with the Integrator's Quotation No. Q-2291 as to technical specifications only, is the entire agreement of the parties. Notices shall be in writing in English and sent by courier or e-mail to the addresses above.
P:Signed for and on behalf of Coral Stone Controls Inc.: ____________________  Director
P:Signed for and on behalf of Hainan Lanhai Cooperage Co., Ltd.: ____________________  Legal Representative
"""

SOURCES = {"h80z01": H80Z01, "h80z04": H80Z04, "h80e01": H80E01, "h80e03": H80E03}
TARGETS = {"h80z01": ("h80z01_emergency_dept_safety_risk_monitoring_platform.docx", "docx"),
           "h80z04": ("h80z04_ancient_buildings_fire_iot_om_service.pdf", "pdf"),
           "h80e01": ("h80e01_honey_exporter_hive_tracking_licence_kosovo_vendor.pdf", "pdf"),
           "h80e03": ("h80e03_cooperage_kiln_humidity_sensors_barbados_integrator.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
