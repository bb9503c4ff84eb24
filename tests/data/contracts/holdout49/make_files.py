"""holdout49: builds the two .docx and the two .pdf contracts of this folder from the sources below.

Run with /work/main/.venv/bin/python make_files.py (uses ../word_pdf.py). Markup: T title, H heading, P paragraph,
TB table row (cells split by |). PDFs are broken into lines at word boundaries (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H49Z01 = """
T:××省不动产登记"一网通办"平台系统集成项目合同
P:合同编号：ZRZY-BDC-2025-017
P:甲方（采购人）：××省自然资源厅
P:乙方（供应商）：华图数联信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》、本项目公开招标文件（项目编号：××ZFCG-2025-0386）、乙方投标文件及中标通知书，甲乙双方就××省不动产登记"一网通办"平台系统集成项目（以下称"本项目"）经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责建设全省统一的不动产登记"一网通办"平台，内容包括：服务器及存储设备的供货与安装；数据库、中间件软件许可；不动产登记平台软件（省级版）许可；与税务、住建、法院、公安、民政等部门的共享接口及"一窗受理"功能模块的定制开发；全省历史登记数据的整合迁移；系统集成实施及培训。
P:1.2 详细技术要求以招标文件第五章《技术需求书》及乙方投标文件为准，上述文件为本合同的组成部分。投标文件中优于招标文件的承诺，乙方应当履行。
P:1.3 实施地点为甲方指定的省政务云机房及厅机关信息中心。乙方应于合同签订之日起一百八十日内使本项目具备初验条件。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰伍拾壹万陆仟元整（¥4,516,000.00），含税，包括设备、软件、开发、运输、安装、调试、数据迁移、培训及质保期内服务的全部费用。明细如下：
TB:序号|项目|金额（元）
TB:1|服务器及存储设备（含安装）|1,286,000
TB:2|数据库、中间件软件许可|468,000
TB:3|不动产登记平台软件许可（省级版）|1,150,000
TB:4|定制开发（部门共享接口、"一窗受理"模块）|1,034,000
TB:5|历史数据整合迁移|392,000
TB:6|系统集成实施与培训|186,000
TB:合计||4,516,000
P:2.2 上表第1至3项合计人民币2,904,000元，以下称"软硬件小计"。
P:2.3 合同总价为固定价格。除甲方书面提出需求变更并经双方签署补充协议外，合同总价不作调整。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的合法发票，向乙方支付合同总价的35%作为预付款，即人民币1,580,600元。
P:3.2 本项目初验合格后十五个工作日内，甲方支付合同总价的25%，即人民币1,129,000元。
P:3.3 试运行期满并经最终验收合格后十五个工作日内，甲方支付合同总价的35%，即人民币1,580,600元。
P:3.4 合同总价的5%（人民币225,800元）作为质量保证金，于质保期满且乙方无未履行的质保义务后十五个工作日内无息退还。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后六十日内完成设备到货及安装，一百二十日内完成软件部署、接口开发和数据迁移，一百八十日内具备初验条件。
P:4.2 设备到货后由双方共同清点签收。到货签收仅确认设备数量、型号及外观，不代表设备质量验收合格。
P:4.3 乙方应指定具有信息系统项目管理高级资格的项目经理常驻现场，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验：乙方完成全部建设内容后，向甲方书面申请初验。初验标准为：（1）平台功能符合《技术需求书》全部条目；（2）与税务、住建、法院、公安、民政各部门接口联调通过，连续十日数据交换无差错；（3）在800个并发用户条件下，业务查询响应时间不超过3秒，登簿操作响应时间不超过5秒；（4）历史登记数据迁移后经全量比对，宗地、房屋、权利、登簿等记录条数及关键字段一致，差异均已书面说明并经甲方确认；（5）通过第三方网络安全等级保护三级测评和商用密码应用安全性评估。
P:5.2 初验合格后进入三个月试运行。试运行期间未发生一级故障、二级故障累计不超过三次的，乙方可申请最终验收，甲方在十五个工作日内组织。最终验收以双方签署的验收报告为准。
P:5.3 系统上线、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在二十日内完成整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质保与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软硬件故障修复、备件更换、软件升级、接口适配、定期巡检及技术支持。
P:6.2 质保期内平台月可用率不低于99.99%，经甲方同意的计划内维护时间除外。
P:6.3 故障分级及处理时限如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或登簿、缴税、发证等核心业务中断|30分钟|2小时|6小时
TB:二级|单个部门接口或部分市县业务中断，有临时处理办法|1小时|8小时|24小时
TB:三级|一般功能缺陷，不影响业务办理|8小时|按需|5个工作日
P:6.4 乙方未按上表时限响应、到场或恢复的，每超时一小时扣减质量保证金人民币1,000元；月可用率每低于承诺值0.01个百分点，扣减人民币2,000元。质量保证金不足扣减的，甲方可从应付款项中扣除。
P:6.5 质保期满后，如甲方需要乙方继续提供运维服务，年度运维服务费不超过软硬件小计的8%（即每年不超过人民币232,320元），该费率在质保期满后三年内不作上调。运维服务合同按年度另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件、数据库及中间件的知识产权归原权利人所有。乙方保证甲方获得上述软件的永久使用许可，且不因乙方或原权利人经营状况的变化而受影响。
P:7.2 乙方为本项目定制开发的部门共享接口程序、"一窗受理"功能模块、数据迁移脚本及相应源代码和技术文档（以下称"定制成果"），其知识产权由甲乙双方共同所有。甲方可在本省不动产登记业务范围内使用定制成果；未经乙方书面同意，甲方不得将定制成果许可或转让给任何第三方，也不得委托第三方对其进行修改或二次开发。
P:7.3 乙方保证所提供的设备、软件和定制成果不侵犯任何第三方的合法权利；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 不动产登记数据（包括权利人身份信息、登记簿记载事项、档案影像及业务日志）归甲方所有。乙方仅为履行本合同处理上述数据，不得复制、留存、向任何第三方提供或用于本合同以外的任何目的。
P:8.2 乙方人员须在甲方政务云环境内通过堡垒机作业，账号实行最小权限并全程留痕；数据迁移使用甲方提供的专用介质，迁移完成后在甲方监督下销毁。乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护制度的要求。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后1小时内报告甲方，立即采取处置措施并配合调查。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第九条 分包
P:9.1 乙方不得转包本项目。乙方拟将机房综合布线等辅助工作分包的，须事先取得甲方书面同意，并就分包部分向甲方承担全部责任。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成交付或具备初验条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方交付的设备或软件不符合合同约定的，乙方应负责更换或修复，并赔偿甲方由此遭受的损失。
H:第十一条 合同解除
P:11.1 乙方逾期超过六十日，或有其他重大违约行为经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿甲方损失。
P:11.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十二条 不可抗力
P:12.1 任何一方因不可抗力不能履行合同的，应及时通知对方，并在十五日内提供有关证明，根据不可抗力的影响部分或全部免除责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.2 本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:附件：1. 技术需求书；2. 设备及软件清单；3. 项目实施计划。
P:甲方（盖章）：××省自然资源厅          乙方（盖章）：华图数联信息技术有限公司
P:授权代表：                            授权代表：
P:签订日期：2025年  月  日
"""

H49Z02 = """
T:××市轨道交通3号线二期工程AFC闸机设备采购及维保合同
P:合同编号：GD3-AFC-2025-09
P:甲方（买方）：××市轨道交通集团有限公司
P:乙方（卖方）：中科通衢轨道设备有限公司
P:鉴于甲方就××市轨道交通3号线二期工程自动售检票系统（AFC）闸机设备采购项目进行了公开招标，乙方为该项目中标人，双方依据《中华人民共和国民法典》及招标文件、投标文件，经协商一致，订立本合同。
H:一、合同标的与范围
P:（一）乙方向甲方供应3号线二期工程12座车站的标准通道双向闸机156台、宽通道双向闸机24台、闸机维修备品备件一批，以及闸机嵌入式软件和车站接口软件许可一套，并负责安装调试、与车站计算机系统（SC）和线路中心（LC）的联调、人员培训及质保期内的维护保养。
P:（二）设备技术参数、配置清单和接口规范以合同附件一《技术规格书》为准。乙方保证所供设备为全新、未使用过的原厂产品，符合国家及行业现行标准和甲方线网AFC技术规范。
H:二、合同价格
P:（一）合同总价为人民币捌佰捌拾贰万元整（¥8,820,000.00），为含税固定总价，包括设备、软件、运输、保险、安装调试、联调、培训及质保期内维护保养的全部费用。
P:（二）价格组成：1. 标准通道双向闸机156台，单价42,800元，小计6,676,800元；2. 宽通道双向闸机24台，单价51,600元，小计1,238,400元；3. 维修备品备件一批，286,000元；4. 闸机嵌入式软件及车站接口软件许可一套，168,000元；5. 安装调试及系统联调，412,000元；6. 培训，38,800元。
P:（三）上述第1至4项合计8,369,200元，以下称"设备及软件价款"。
P:（四）设备应采用适合长途运输和多次搬运的包装，运抵车站前产生的运输、保险、装卸费用及风险均由乙方承担。
H:三、付款方式
P:（一）合同生效且乙方提交等额银行预付款保函后二十日内，甲方支付合同总价的10%，即882,000元。
P:（二）设备全部到货并经双方清点签收后，甲方支付合同总价的40%，即3,528,000元。到货签收仅确认数量、型号和外观完好，不构成质量验收。
P:（三）试运行结束并经最终验收合格后，甲方支付合同总价的45%，即3,969,000元。
P:（四）合同总价的5%即441,000元作为质量保证金，于质保期满后二十日内无息返还。
H:四、交货、安装与工期
P:（一）乙方应于合同生效后九十日内将全部设备运抵甲方指定车站，分批交货的批次和时间按甲方书面通知执行。
P:（二）乙方应在设备到货后四十五日内完成安装调试，并配合甲方完成与SC、LC系统的联调。
P:（三）乙方应遵守甲方施工安全、运营安全及进站作业管理规定，在既有运营车站的作业应安排在非运营时段进行。
P:（四）乙方应在试运行开始前完成对甲方站务及维修人员的培训，培训不少于三期，每期不少于五个工作日；培训结束后经考核合格的维修人员应能独立完成闸机模块级更换。培训教材、维修手册及视频资料交甲方留存使用。
H:五、检验与验收
P:（一）出厂验收：设备发运前，甲方有权派员赴乙方工厂进行出厂检验。出厂检验合格不免除乙方的质量责任。
P:（二）安装调试完成后，双方按《技术规格书》进行系统联调测试，测试项目包括：单次交易处理时间不超过300毫秒；标准通道通行能力每分钟不少于40人次；扇门开关、防夹保护、逃票及尾随检测功能符合规定；与SC、LC之间的交易数据上传和运营参数下载正确无误。
P:（三）联调测试合格后进入九十日试运行。试运行期间未发生一级故障，且闸机平均无故障交易次数（MCBF）不低于100,000次的，甲方组织最终验收并签署最终验收证书。
P:（四）设备安装完成、投入载客运营或甲方支付任何款项，均不视为最终验收合格。验收不合格的，乙方应在十五日内整改或更换，并承担由此产生的全部费用。
H:六、质量保证与维护
P:（一）质保期为三十六个月，自最终验收合格之日起计算。质保期内，乙方免费提供设备维修、零部件更换、软件升级以及每季度一次的预防性维护巡检。
P:（二）故障响应：一级故障（一座车站半数以上闸机不能正常通行，或闸机与SC通信全部中断）乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；二级故障（单台或少量闸机故障）30分钟内响应，2小时内到达现场，8小时内修复；三级故障（不影响通行的一般缺陷）24小时内处理完毕。
P:（三）质保期内闸机设备月可用率不低于99.98%。
P:（四）乙方未达到上述时限的，每超时一小时，甲方从质量保证金中扣除2,000元；月可用率每低于承诺值0.01个百分点，扣除3,000元。质量保证金不足扣除的，由乙方另行支付。
P:（五）质保期满后两年内，甲方如需乙方继续提供维保服务，年度维保费按设备及软件价款的5.5%计取，即每年460,306元，两年内不作调整。届时双方另行签订维保合同，维保合同不自动续期。
H:七、知识产权
P:（一）闸机嵌入式软件的知识产权归乙方所有，乙方授予甲方在本线路及甲方后续线网范围内永久、不可撤销的使用许可。
P:（二）乙方为本项目开发的车站接口适配程序、参数配置文件及其源代码和技术文档归甲方所有，甲方可自行或委托第三方使用、修改。
P:（三）乙方保证甲方使用所供设备和软件不侵犯任何第三方的合法权利。
H:八、数据安全
P:（一）闸机产生的交易数据、票卡数据、乘客通行记录及设备运行日志均归甲方所有，乙方仅可为履行本合同使用。
P:（二）乙方不得通过远程方式接入AFC系统；确需远程诊断的，须经甲方书面批准并在甲方人员监督下进行。更换下来的存储部件应交由甲方处置，不得带离现场。
P:（三）发生数据泄露、系统被入侵等安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因导致安全事件的，乙方承担全部赔偿责任。
H:九、保密
P:乙方对在履行合同过程中知悉的甲方线网规划、AFC系统架构、密钥管理及票务规则等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后五年内继续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反本合同第八条、第九条约定造成的损失除外。
H:十一、分包
P:乙方不得转包本合同。安装劳务确需分包的，须事先取得甲方书面同意，乙方对分包人的行为承担连带责任。
H:十二、合同解除
P:乙方逾期交货超过四十五日，或所供设备经两次整改仍不能通过验收，或有其他严重违约行为经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交××仲裁委员会按照其仲裁规则在××市进行仲裁。仲裁裁决是终局的，对双方均有约束力。
H:十四、其他
P:（一）本合同附件与本合同具有同等法律效力。
P:（二）本合同一式八份，甲方六份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:附件一：技术规格书；附件二：设备配置及分站清单；附件三：售后服务承诺。
P:甲方（盖章）：                  乙方（盖章）：
P:签订日期：2025年  月  日
"""

H49E02 = """
T:Gas Detection System Supply Agreement
P:Agreement No. HFC-GDS-2025-031
P:This Agreement is made and entered into as of the ___ day of __________, 2025 by and between Huafeng Fine Chemicals Co., Ltd., a company incorporated in the People's Republic of China (hereinafter referred to as the "Purchaser"), and Shinwa Keiki Co., Ltd., a company incorporated under the laws of Japan, having its head office in Osaka, Japan (hereinafter referred to as the "Supplier").
P:The Purchaser and the Supplier (each a "Party" and together the "Parties") hereby agree as follows.
H:Article 1 (Purpose)
P:The purpose of this Agreement is to set out the terms under which the Supplier shall supply a gas detection system for the Purchaser's chlor-alkali and fine-chemical units (the "Plant"), supervise its installation, commission it, and provide warranty and support services.
H:Article 2 (Definitions)
P:In this Agreement: (1) "Equipment" means the fixed gas detectors, portable multi-gas detectors, gas detection controllers and spare parts listed in Appendix 1; (2) "Software" means the Supplier's gas monitoring software and the firmware embedded in the Equipment; (3) "System" means the Equipment and the Software as installed at the Plant; (4) "Final Acceptance" means acceptance of the System in accordance with Article 6; (5) "Purchaser Data" means all gas concentration readings, alarm and event logs, calibration records, Plant layouts and other data generated by the System or provided by the Purchaser.
H:Article 3 (Contract Price)
P:3.1 The total contract price is CNY 3,460,000 (Renminbi three million four hundred and sixty thousand yuan), inclusive of VAT, packing, insurance and delivery DDP to the Plant (the "Contract Price"). The Contract Price is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Fixed catalytic combustible gas detector, explosion-proof|132|9,800|1,293,600
TB:2|Fixed electrochemical toxic gas detector (H2S, Cl2, NH3)|116|7,600|881,600
TB:3|Portable multi-gas detector with docking station|36|12,400|446,400
TB:4|Gas detection controller, redundant, SIL 2|6|58,000|348,000
TB:5|Gas monitoring software licence (perpetual, 1 server, 6 clients)|1|236,000|236,000
TB:|Equipment and Software Subtotal|||3,205,600
TB:6|Installation supervision and commissioning|1 lot|184,000|184,000
TB:7|Calibration gas cylinders and calibration kit|1 lot|46,400|46,400
TB:8|Operator and maintenance training|1 lot|24,000|24,000
TB:|Contract Price|||3,460,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate fluctuations.
H:Article 4 (Terms of Payment)
P:4.1 The Purchaser shall pay the Contract Price as follows: (1) ten percent (10%), namely CNY 346,000, within twenty (20) days after receipt of an advance payment bank guarantee of the same amount; (2) fifty percent (50%), namely CNY 1,730,000, within thirty (30) days after delivery of all Equipment and a joint site inspection of its quantity and visible condition; (3) thirty-five percent (35%), namely CNY 1,211,000, within thirty (30) days after Final Acceptance; and (4) five percent (5%), namely CNY 173,000, retained as retention money and paid within thirty (30) days after the end of the Warranty Period.
P:4.2 The joint site inspection under Article 4.1(2) confirms quantity and visible condition only and shall not constitute acceptance of the Equipment or the System.
H:Article 5 (Delivery and Installation)
P:5.1 The Supplier shall deliver all Equipment to the Plant within one hundred (100) days after the effective date of this Agreement and shall complete commissioning within sixty (60) days after delivery.
P:5.2 Mounting and cabling are carried out by the Purchaser's contractor under the Supplier's technical supervision. The Supplier's personnel shall comply with the Plant's safety and permit-to-work rules.
H:Article 6 (Inspection and Acceptance)
P:6.1 After commissioning, the Parties shall jointly conduct site acceptance tests in accordance with Appendix 2, including: (1) calibration and bump test of every detector with certified test gas; (2) verification of all alarm set points; (3) response time T90 of each detector not exceeding the value stated in Appendix 1 (twenty-five (25) seconds for combustible gas detectors); (4) correct transmission of every detector signal and alarm to the Purchaser's DCS and SIS; and (5) controller redundancy switch-over without loss of any signal.
P:6.2 After the site acceptance tests have been passed, the System shall be in trial operation for fourteen (14) consecutive days. If no Severity 1 fault occurs during trial operation, the Purchaser shall issue the Final Acceptance Certificate within seven (7) days.
P:6.3 Failed tests shall be repeated after the Supplier has remedied the defect at its own cost. Use of the System for Plant operation before the Final Acceptance Certificate is issued shall not be deemed acceptance.
H:Article 7 (Warranty)
P:7.1 The Supplier warrants that the Equipment and the Software are new, free from defects in design, materials and workmanship, and conform to the specifications in Appendix 1. The Warranty Period is thirty-six (36) months from the date of Final Acceptance. Sensors that fail during the Warranty Period shall be replaced free of charge.
P:7.2 During the Warranty Period the Supplier shall provide free of charge repair, replacement, software updates, two (2) preventive maintenance visits per year with recalibration, and support under Article 11.
H:Article 8 (Software Licence and Intellectual Property)
P:8.1 The Supplier grants the Purchaser a perpetual, non-exclusive, non-transferable licence to use the Software for the operation of the System at the Plant. Title to and intellectual property in the standard Software remain with the Supplier.
P:8.2 The DCS/SIS interface mapping, the alarm cause-and-effect configuration, the Plant-specific graphic screens and all other configuration files prepared for the Purchaser under this Agreement shall belong to the Purchaser, who may use and modify them, and have them modified by third parties, without restriction.
H:Article 9 (Purchaser Data and Security)
P:9.1 All Purchaser Data belongs to the Purchaser. The Supplier may use it only to perform this Agreement and shall not copy, retain or disclose it.
P:9.2 The System shall be installed on the Purchaser's isolated industrial control network. The Supplier shall not connect to the System remotely except through the Purchaser's approved remote-access gateway, for a single session approved in advance by the Purchaser and supervised by the Purchaser's personnel. Any storage media removed from the System shall remain with the Purchaser.
P:9.3 The Supplier shall comply with the PRC Cybersecurity Law, the Data Security Law and the Purchaser's control-system security rules, shall notify the Purchaser within twelve (12) hours after becoming aware of any security incident affecting the System or Purchaser Data, shall take all necessary remedial measures, and shall be liable for all losses caused by any such incident attributable to the Supplier.
H:Article 10 (Confidentiality)
P:Each Party shall keep in strict confidence all technical and business information received from the other Party under this Agreement, including the Plant's process and safety information, and shall not disclose it to any third party without prior written consent. This obligation survives for five (5) years after termination.
H:Article 11 (Technical Support and Service Levels)
P:11.1 The Supplier shall maintain a service centre in Shanghai. Faults shall be handled as follows:
TB:Severity|Definition|Response|On-site arrival|Restoration
TB:Severity 1|Failure of a controller, or loss of detection or alarm signalling in any Plant area|1 hour|6 hours|12 hours
TB:Severity 2|Failure of individual detectors where redundant coverage remains|2 hours|24 hours|48 hours
TB:Severity 3|Minor defects, questions, display issues|1 business day|As agreed|As agreed
P:11.2 For each hour by which the Supplier exceeds a response, arrival or restoration time for a Severity 1 fault, the Supplier shall pay the Purchaser CNY 2,000, and for a Severity 2 fault CNY 500 per hour. Such amounts may be deducted from the retention money or from any payment due to the Supplier.
P:11.3 For two (2) years after the end of the Warranty Period, the Supplier shall, at the Purchaser's request, provide support and recalibration services on the terms of this Article 11 for an annual fee of seven percent (7%) of the Equipment and Software Subtotal, namely CNY 224,392 per year, which shall not be increased during those two (2) years. Each year shall be ordered separately by the Purchaser, and there shall be no automatic renewal.
H:Article 12 (Delay)
P:12.1 If the Supplier fails to deliver the Equipment or to complete commissioning by the dates set out in Article 5, the Supplier shall pay to the Purchaser liquidated damages of zero point one two percent (0.12%) of the Contract Price for each day of delay, up to a maximum of ten percent (10%) of the Contract Price.
P:12.2 If the delay exceeds sixty (60) days, the Purchaser may terminate this Agreement in accordance with Article 14 in addition to claiming liquidated damages.
H:Article 13 (Limitation of Liability)
P:The Supplier's total aggregate liability under or in connection with this Agreement shall not exceed one hundred and twenty percent (120%) of the Contract Price. This limitation shall not apply to liability for death or personal injury, wilful misconduct or gross negligence, infringement of intellectual property rights, or breach of Article 9 or Article 10. Neither Party shall be liable to the other for indirect or consequential loss.
H:Article 14 (Termination)
P:14.1 The Purchaser may terminate this Agreement by written notice if the Supplier commits a material breach of this Agreement and fails to remedy it within twenty (20) days after receipt of written notice requiring it to do so, or in the case set out in Article 12.2.
P:14.2 Either Party may terminate this Agreement if the other Party becomes insolvent.
H:Article 15 (Subcontracting and Assignment)
P:The Supplier shall not subcontract any part of its obligations under this Agreement without the prior written consent of the Purchaser, and shall remain fully responsible for the acts and omissions of any approved subcontractor. Neither Party shall assign this Agreement without the prior written consent of the other Party.
H:Article 16 (Force Majeure)
P:Neither Party shall be liable for delay caused by earthquake, typhoon, war or other events beyond its reasonable control, provided that it notifies the other Party promptly.
H:Article 17 (Governing Law and Arbitration)
P:This Agreement shall be governed by and construed in accordance with the laws of the People's Republic of China. All disputes arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) Shanghai Sub-Commission for arbitration in Shanghai. The award shall be final and binding upon both Parties.
H:Article 18 (Consultation)
P:Any matter not provided for herein shall be settled through consultation between the Parties in good faith. This Agreement is made in English and Chinese, both texts being equally authentic, in four (4) counterparts.
P:IN WITNESS WHEREOF, the Parties have executed this Agreement as of the date first written above.
P:Appendix 1: Technical Specifications and Equipment List. Appendix 2: Site Acceptance Test Procedure.
P:For the Purchaser: ____________________    For the Supplier: ____________________
"""

H49E04 = """
T:Software Licence and Implementation Agreement
P:Contract No. SW-QAG-2025-07
P:between Sammlungswerk Software GmbH, with its registered seat in Vienna, Austria, registered in the Austrian companies register under FN 412233 x (hereinafter "Licensor"), and Qiantang Art Gallery, a non-profit art institution registered in the People's Republic of China (hereinafter "Customer").
H:Preamble
P:Licensor develops the collection management software MUSEALIS Collection. Customer holds approximately 38,000 works and objects, currently documented in spreadsheets and a FileMaker database, and wishes to replace this inventory with MUSEALIS Collection implemented by Licensor. Now, therefore, the parties agree as follows.
H:§ 1 Subject Matter
P:(1) Licensor grants Customer a licence to the Software in accordance with § 3 and performs the Implementation Services described in § 4 and in Annex 1 (Specification).
P:(2) Annex 1 Specification, Annex 2 Acceptance Test Plan and Annex 3 Licensor's offer of 12 May 2025 form part of this Agreement, in this order of precedence after this Agreement. General terms and conditions of either party do not apply.
H:§ 2 Definitions
P:"Software" means MUSEALIS Collection, version 8, with the modules Cataloguing, Loans and Exhibitions, Conservation, Digital Asset Management and Online Collection, in object code, together with its user and administrator documentation.
P:"Custom Deliverables" means all work results created specifically for Customer under this Agreement, in particular the migration scripts and field mappings, the bilingual Chinese and English thesaurus configuration, custom reports and label templates, and the interface to Customer's website.
P:"Go-Live" means the start of productive use of the Software by Customer. "Final Acceptance" means acceptance in accordance with § 7.
P:"Customer Data" means object records, images, provenance, loan and insurance documents, personal data of lenders, donors, artists and staff, and all other data entered into or generated by the Software.
H:§ 3 Licence
P:(1) Licensor grants Customer a perpetual, non-exclusive right, transferable only to a legal successor of Customer, to use the Software for Customer's own purposes at its premises and for its online collection, for up to 40 named users, and to make the backup copies required for secure operation.
P:(2) All rights in the Software not expressly granted remain with Licensor.
H:§ 4 Implementation Services
P:(1) Licensor shall install the Software on Customer's servers in Customer's data centre in China, configure it in accordance with Annex 1, migrate approximately 38,000 object records and 120,000 images from the existing sources, create the Custom Deliverables and train 40 users and three administrators.
P:(2) Go-Live shall take place no later than 150 calendar days after signature of this Agreement. Licensor shall be ready for the acceptance tests under § 7 no later than 40 calendar days after Go-Live.
H:§ 5 Remuneration
P:(1) The following fixed prices apply. All amounts are stated in Chinese Yuan (CNY) and include VAT and all travel and accommodation expenses of Licensor:
P:a) Licence fee MUSEALIS Collection, four core modules, 40 named users: CNY 980,000
P:b) Licence fee Online Collection module: CNY 124,000
P:Licence Fees in total: CNY 1,104,000
P:c) Implementation and configuration: CNY 436,000
P:d) Data migration: CNY 218,000
P:e) Training: CNY 52,000
P:Total Contract Price: CNY 1,810,000
P:(2) The prices are fixed prices. They are not subject to adjustment for exchange rates, indices or any other reason.
H:§ 6 Terms of Payment
P:(1) The Total Contract Price is payable as follows: a) 20 % (CNY 362,000) after signature of this Agreement; b) 40 % (CNY 724,000) after Go-Live; c) 40 % (CNY 724,000) after Final Acceptance.
P:(2) Go-Live and the payment under paragraph 1 b) do not constitute acceptance. Invoices are payable within 30 days of receipt by bank transfer.
H:§ 7 Acceptance
P:(1) After Go-Live, Licensor notifies Customer in writing that the system is ready for acceptance. The acceptance tests follow Annex 2 and comprise in particular: a) reconciliation of the migration: the number of object records, images and loan records in the Software equals the source counts, and every discrepancy is documented and resolved; b) a field-by-field check of a sample of 500 records without error; c) demonstration of all functions listed in Annex 1; d) search response times below 2 seconds with 40 concurrent users; e) publication of selected records in Chinese and English on the online collection; f) 20 consecutive working days of productive use without a Severity 1 defect.
P:(2) Customer declares Final Acceptance in writing within 10 working days after the tests have been passed. Customer may refuse acceptance because of Severity 1 or Severity 2 defects. Minor defects are listed in the acceptance record and remedied by Licensor within 20 working days.
P:(3) Neither Go-Live, productive use nor any payment constitutes acceptance. No deemed or implied acceptance applies.
H:§ 8 Delay
P:(1) If Licensor fails to meet the Go-Live date or the readiness date under § 4 (2) for reasons for which it is responsible, Licensor shall pay a contractual penalty of 0.07 % of the Total Contract Price for each calendar day of delay, up to a maximum of 8 % of the Total Contract Price. Customer's right to claim damages exceeding the penalty remains unaffected.
P:(2) If the delay exceeds 60 calendar days, Customer may terminate this Agreement in accordance with § 16.
H:§ 9 Warranty
P:(1) Licensor warrants that the Software and the Custom Deliverables conform to Annex 1 and to the documentation. The warranty period is 24 months from Final Acceptance; the statutory warranty period under § 933 of the Austrian General Civil Code (ABGB) is extended accordingly.
P:(2) During the warranty period Licensor shall remedy defects free of charge, provide all updates and new versions of the Software, and provide support in accordance with § 10 (3) and (4) without additional charge.
H:§ 10 Maintenance and Support
P:(1) After the warranty period Licensor shall offer maintenance (updates, new versions, hotline, defect correction) for at least eight years.
P:(2) The annual maintenance fee is 13 % of the Licence Fees, i.e. CNY 143,520 per year. This fee is fixed for the first five years after the end of the warranty period; any later change requires written agreement of both parties. Maintenance is ordered by Customer in writing for each year; it is not extended automatically.
P:(3) Support is available daily from 09:00 to 18:00 China Standard Time, including weekends and public holidays on which Customer is open to the public. Severity 1 (Software unusable, or loss or corruption of data): reaction within 1 hour, workaround within 1 working day. Severity 2 (an important function impaired): reaction within 2 hours, correction within 5 working days. Severity 3 (other defects): reaction within 1 working day, correction with the next release.
P:(4) If Licensor misses the reaction time for a Severity 1 defect, it shall pay CNY 1,000 for each hour or part of an hour of delay; if it misses the workaround time, CNY 1,500 for each further working day. Customer may set these amounts off against any fees due.
H:§ 11 Rights to Custom Deliverables
P:(1) All rights in the Custom Deliverables pass to Customer upon their creation. To the extent that rights cannot be transferred under Austrian copyright law, Licensor grants Customer the exclusive, perpetual, transferable and unrestricted right to use, modify and license the Custom Deliverables in any manner. Licensor shall hand over the source code and documentation of the Custom Deliverables at Final Acceptance.
H:§ 12 Data Protection and Data Security
P:(1) Customer Data belongs to Customer. Licensor processes Customer Data only to perform this Agreement and only on Customer's instructions; any other use, including use in anonymised or aggregated form, is excluded.
P:(2) The Software is operated in Customer's data centre in China. Licensor accesses the system only through Customer's VPN with multi-factor authentication, for sessions approved in advance by Customer, and all access is logged. No Customer Data is transferred outside the People's Republic of China; the data migration is performed on Customer's premises.
P:(3) Licensor complies with the PRC Personal Information Protection Law and Data Security Law and works under information security processes certified to ISO/IEC 27001.
P:(4) Licensor shall notify Customer of any security incident affecting Customer Data within 24 hours, support Customer in containing and investigating it, and be liable for all damage caused by incidents for which Licensor is responsible.
H:§ 13 Confidentiality
P:Each party shall keep confidential all information of the other party that is marked as confidential or is confidential by its nature, in particular Customer's acquisition, loan, valuation and insurance information, and shall not disclose it to third parties. This obligation continues for five years after the end of this Agreement.
H:§ 14 Subcontractors
P:Licensor may use subcontractors only with Customer's prior written consent. Licensor remains responsible for its subcontractors as for its own conduct.
H:§ 15 Liability
P:(1) Licensor's total liability under this Agreement is limited to 150 % of the Total Contract Price. This limitation does not apply in cases of intent or gross negligence, personal injury, or breach of § 12 or § 13.
P:(2) Liability for indirect damage and lost profit is excluded, except in cases of intent or gross negligence.
H:§ 16 Termination
P:(1) Either party may terminate this Agreement for good cause with immediate effect by written notice, in particular if the other party commits a material breach and fails to remedy it within 20 days after a written warning. Customer may in particular terminate if the delay under § 8 exceeds 60 calendar days or if the acceptance tests fail twice.
P:(2) If Customer terminates for good cause, Licensor shall refund all payments for performance that Customer cannot reasonably use.
H:§ 17 Governing Law and Dispute Resolution
P:(1) This Agreement is governed by Austrian law, excluding its conflict-of-law rules and the UN Convention on Contracts for the International Sale of Goods.
P:(2) All disputes arising out of or in connection with this Agreement shall be finally settled under the Rules of Arbitration of the Vienna International Arbitral Centre (VIAC) by a sole arbitrator. The seat of arbitration is Vienna and the language of the proceedings is English.
H:§ 18 Final Provisions
P:(1) Amendments and supplements to this Agreement, including any waiver of this written form requirement, must be made in writing.
P:(2) Should any provision be invalid, it shall be replaced by a valid provision closest to its economic purpose.
P:(3) This Agreement is executed in English. A Chinese translation is provided for information only.
P:Vienna, ______________ 2025    ______________, ______________ 2025
P:For Licensor: ____________________    For Customer: ____________________
"""

SOURCES = {"h49z01": H49Z01, "h49z02": H49Z02, "h49e02": H49E02, "h49e04": H49E04}
TARGETS = {"h49z01": ("h49z01_land_resources_registration_platform_integration.docx", "docx"),
           "h49z02": ("h49z02_metro_afc_gates_supply_maintenance.pdf", "pdf"),
           "h49e02": ("h49e02_chemical_plant_gas_detection_japanese_vendor.docx", "docx"),
           "h49e04": ("h49e04_art_gallery_collection_management_austrian_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
