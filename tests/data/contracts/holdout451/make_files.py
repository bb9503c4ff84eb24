"""holdout451: ten blind, ordinary draft contracts (5 zh, 5 en) with their labels.

Builds the ten contract files (.txt/.md written directly, .docx/.pdf via ../word_pdf.py), the ten .json labels,
derives each draft's expected CR rules from its labels by my own reading of policy.md section 3, checks them against
the design list, asserts that all 20 CR rules fire at least once, scans every built file (read back) and every source
text for threshold figures, and prints the text lengths as read back. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 气象局 智慧气象服务平台 (platform licence + custom development), 政府采购, buyer's paper, .pdf, 第X条, compliant
H451Z01 = """
T:岳阳市气象局智慧气象服务平台建设项目政府采购合同
P:合同编号：YYQX-ZC-2026-017        采购方式：公开招标
P:甲方（采购人）：岳阳市气象局        地址：湖南省岳阳市岳阳楼区青年中路
P:乙方（供应商）：武汉云图气象科技有限公司        地址：湖北省武汉市东湖新技术开发区光谷大道
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就智慧气象服务平台建设项目订立本合同。招标文件、投标文件及澄清文件为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供智慧气象服务平台软件（永久使用许可），并完成与甲方业务相适应的定制开发、部署实施和培训，建成覆盖数据汇聚、预报制作、预警发布和公众服务的一体化平台。
P:1.2 定制开发内容包括：本地多源观测数据接入、洞庭湖区水位与降水联动分析、乡镇精细化预报产品模板、预警信息对接市突发事件预警信息发布系统，以及面向农业、交通部门的专题服务页面。详细需求见附件一。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾捌万元整（¥2,180,000.00），为固定总价，含税费、运输、部署及培训等全部费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|平台软件许可（数据汇聚、预报制作、预警发布、公众服务四个模块）|1套|1,280,000
TB:2|定制开发|1项|746,000
TB:3|部署实施|1项|118,000
TB:4|培训|1项|36,000
TB:合计|||2,180,000
P:2.2 其中第1项为软件许可小计，人民币1,280,000元。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币436,000元。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%，即人民币981,000元。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即人民币763,000元。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方付款资金来源为财政资金，如因财政资金拨付流程导致付款延迟，甲方应及时书面告知乙方，乙方不得因此停止履约。
P:3.5 履约保函的有效期应至最终验收合格之日；最终验收后10个工作日内，甲方退还履约保函原件。
H:第四条 交付与工期
P:乙方应于合同签订后120日内完成部署和定制开发并申请初步验收。平台初验后进入为期90日的试运行。部署环境由甲方提供，乙方应在进场后10日内提交部署方案和资源需求清单。
H:第五条 验收
P:5.1 验收标准：（一）附件一所列功能全部实现；（二）乡镇预报产品按时生成率不低于99%；（三）预警信息自签发至推送完成不超过3分钟；（四）在200个并发用户下页面平均响应时间不超过2秒；（五）通过第三方安全测评。
P:5.2 试运行期间平台无一级故障，且第5.1款各项指标持续达到的，乙方可申请最终验收。甲方组织专家按上述标准逐项验收，并出具书面验收报告。
P:5.3 平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复和技术支持。
P:6.2 平台月度可用率不低于99.95%。一级故障（平台整体不可用或预警发布中断）乙方须在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应。
P:6.3 乙方每超时响应1小时，甲方扣减运维费或履约保证金人民币1,000元；月度可用率每低于约定值0.01个百分点，扣减人民币1,500元。
P:6.4 质保期满后，甲方如需继续由乙方提供运维服务，年运维费不超过软件许可小计的8%，即每服务年度不超过人民币102,400元，该价格在质保期满后三个服务年度内不上调。
H:第七条 知识产权
P:7.1 定制开发成果（含源代码、专题页面、数据接口程序及技术文档）的知识产权归甲方所有，乙方应在终验时完整移交源代码。
P:7.2 平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可为本单位业务自行修改和扩展。
H:第八条 数据安全
P:8.1 平台汇聚的观测数据、预报产品、用户信息及运行日志均属于甲方，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应遵守网络安全等级保护要求，采取访问控制、加密传输和操作审计措施；远程维护须经甲方逐次审批。发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、未公开的气象资料及网络信息负有保密义务，保密期限不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:乙方不得将本项目分包或转包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有气象信息化项目经验的项目经理，并保持技术骨干稳定；更换项目经理须经甲方书面同意。乙方每两周向甲方提交项目进度报告，说明已完成工作、存在问题和下一阶段计划。
P:14.2 乙方人员进入甲方业务区域，应遵守甲方安全保密和值班管理制度，不得影响气象业务正常运行。
H:第十五条 培训
P:乙方应为甲方预报员、系统管理员和业务骨干提供现场培训，内容包括平台操作、产品制作、预警发布流程和日常运维，培训后应提交培训教材和操作手册，确保甲方人员能够独立使用和维护平台。
H:第十六条 不可抗力
P:因不可抗力致使一方不能履行合同的，应及时通知对方，并在15日内提供有关证明，双方协商延期履行或部分免除责任。
H:第十七条 其他
P:本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。附件一：需求规格说明书；附件二：验收方案。
P:甲方（盖章）：岳阳市气象局        乙方（盖章）：武汉云图气象科技有限公司
P:代表签字：____________        代表签字：____________
P:日期：2026年3月____日        日期：2026年3月____日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02 造纸厂 卷取机 控制系统改造 + 维保 (hardware + software), .docx with a Word price table, 1. / 1.1
H451Z02 = """
T:卷取机控制系统改造及维保合同
P:合同编号：HT-ZJ-2026-0412
P:甲方（买方）：临沂鸿泰纸业有限公司        住所：山东省临沂市河东区工业园纬三路
P:乙方（卖方）：济南恒控自动化工程有限公司        住所：山东省济南市高新区舜华路
P:鉴于甲方3号纸机卷取机原控制系统老化、断纸频繁，甲方经比选确定由乙方实施控制系统改造并提供后续维保服务，双方经协商一致，订立本合同。
H:1. 合同标的
P:1.1 乙方负责3号纸机卷取机控制系统的设备供货、软件许可、程序开发、安装调试、联调及培训，改造后卷取机在设计车速下实现恒张力卷取。
P:1.2 改造范围以附件一《技术协议》为准，包括PLC控制系统、卷取机主传动变频装置、张力检测与控制、操作站及控制软件。
H:2. 合同价格
P:2.1 本合同总价为人民币壹佰柒拾肆万元整（¥1,740,000），含税，明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制器及I/O模块|1套|412,000
TB:2|卷取机主传动变频装置|1套|586,000
TB:3|张力检测与控制系统|1套|168,000
TB:4|HMI操作站|2台|64,000
TB:5|控制软件许可（组态软件及张力模型）|1套|190,000
TB:软硬件小计|||1,420,000
TB:6|安装调试|1项|176,000
TB:7|程序开发与联调|1项|124,000
TB:8|培训|1项|20,000
TB:合计|||1,740,000
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即人民币174,000元。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的55%，即人民币957,000元。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即人民币609,000元。
H:4. 交货与施工
P:4.1 乙方应于合同生效后75日内将设备运至甲方现场，并利用甲方计划停机检修窗口完成改造施工。
P:4.2 停机改造时间不得超过7日，超出部分按本合同第9条处理。
P:4.3 设备到货时，双方共同开箱检查，核对型号、数量、外观及随机资料，发现缺损的，乙方应在7日内补齐或更换。
P:4.4 乙方所供设备应为原厂全新正品，具备出厂合格证和检验报告，进口设备应提供报关单据。
H:5. 验收
P:5.1 验收标准：（1）卷取机在车速1,200米/分钟下连续运行72小时无断纸停机；（2）张力波动不超过设定值的±3%；（3）纸卷硬度偏差符合技术协议；（4）操作站画面、报警和报表功能全部实现。
P:5.2 验收前乙方应提交调试记录、程序备份、参数清单和培训记录。验收由甲方生产、设备和电气部门共同参加，测试数据由双方现场记录并签字确认。
P:5.3 满足上述标准后，双方共同签署最终验收报告。试车、投产或甲方付款均不视为验收合格。
H:6. 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换，更换的备件由乙方承担运输费用，程序修改后应重新备份并交甲方留存。质保期内同一设备因质量问题累计维修三次仍不能正常工作的，乙方应免费更换同型号新设备。
P:6.2 一级故障（卷取机停机）乙方须在30分钟内响应，2小时内工程师到场；二级故障8小时内到场。乙方每超时1小时，向甲方支付人民币800元。
H:7. 质保期满后的维保服务
P:7.1 质保期满后，乙方提供三个服务年度的维保服务，包括1名驻场工程师、备品备件、定期巡检和程序优化。
P:7.2 维保期间，一级故障的响应和到场要求同第6.2条，乙方每季度提交巡检报告，每服务年度至少进行两次停机检修配合。
P:7.3 维保费按软硬件小计的34%计取，即每服务年度人民币482,800元，在三个服务年度内固定不变，按季度于季末支付。
H:8. 知识产权与数据
P:8.1 乙方为本项目编写的PLC程序、张力控制参数、操作站画面及技术文档归甲方所有，甲方可自行修改使用；乙方交付时提供完整程序备份。组态软件及张力模型的知识产权归乙方，乙方授予甲方永久使用许可。
P:8.2 生产数据、工艺参数及运行记录属于甲方，乙方仅为履行本合同使用，不得复制或向第三方提供。乙方远程接入须经甲方批准，通过甲方指定的安全通道进行并留存操作日志；发生数据泄露或网络安全事件的，乙方应在2小时内报告并承担由此造成的损失。
P:8.3 双方对履约中知悉的对方技术和商业信息负有保密义务，未经对方书面同意不得披露。乙方不得将甲方工艺参数、配方信息和设备布置图用于其他客户项目，本条义务在合同终止后三个服务年度内继续有效。
H:9. 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:9.2 乙方累计赔偿责任以合同总价的150%为限，但故意或重大过失造成的损失除外。
H:10. 分包
P:乙方可将现场安装、布线及土建配合工作分包给第三方，但应提前书面通知甲方，并对分包方的工作质量和安全承担责任。
H:11. 合同解除
P:乙方严重违约且在收到甲方书面通知后15日内未予纠正的，甲方有权解除合同并要求赔偿。
H:12. 争议解决
P:本合同适用中华人民共和国法律。争议提交临沂仲裁委员会仲裁。
H:13. 项目管理与安全施工
P:13.1 乙方应指定项目经理全程负责本项目，施工前提交施工方案、停机改造计划和安全措施，经甲方审核后实施。
P:13.2 乙方人员在甲方厂区施工，应遵守甲方安全生产、动火作业和有限空间作业管理制度，因乙方违反安全规定造成的人身伤害和财产损失由乙方承担。
P:13.3 改造期间乙方应做好原控制系统程序和参数的备份，保证在改造失败时能在约定时间内恢复原系统运行。
H:14. 培训与资料
P:14.1 乙方应为甲方电气工程师和卷取机操作工提供不少于5个工作日的现场培训，内容包括系统原理、操作方法、常见故障处理和程序备份恢复。
P:14.2 乙方应在最终验收前向甲方移交全套技术资料，包括电气原理图、接线图、PLC程序及注释、变频器参数表、操作手册和维护手册，纸质版一式三份并提供电子版。
H:15. 不可抗力
P:因不可抗力不能履行合同的一方，应在不可抗力发生后及时通知对方，并在10日内提供证明。双方根据影响程度协商延期履行、部分履行或解除合同。
H:16. 通知
P:本合同项下的通知以书面形式送达双方在首页载明的地址，一方地址或联系人变更的，应在3日内书面通知对方。
H:17. 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：技术协议；附件二：设备清单。
P:甲方（盖章）：临沂鸿泰纸业有限公司        乙方（盖章）：济南恒控自动化工程有限公司
P:授权代表：____________        授权代表：____________
P:日期：2026年4月____日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03 眼镜店连锁 (63 家门店) 验光及会员 SaaS + 实施, .txt, 一、/（一）
H451Z03 = """明视眼镜门店验光及会员管理系统服务合同

合同编号：MSYJ-IT-2026-03

甲方（客户）：杭州明视眼镜连锁有限公司
地址：浙江省杭州市拱墅区湖墅南路
乙方（服务商）：上海瞳云信息科技有限公司
地址：上海市徐汇区漕河泾开发区宜山路

鉴于甲方在浙江省内经营63家眼镜门店，需要统一的验光档案、配镜订单和会员管理系统，乙方提供"瞳云门店"云服务，双方协商一致，订立本合同。

一、服务内容
（一）乙方向甲方63家门店及总部提供"瞳云门店"SaaS服务，包括验光档案、配镜订单、库存、会员积分与营销、复查提醒等功能模块，门店通过浏览器及平板终端使用。
（二）乙方负责系统实施，包括门店及商品资料配置、与甲方收银系统和财务系统对接、原系统会员及验光数据迁移、店员培训。
（三）服务期为两个服务年度，自2026年3月1日起至2028年2月29日止。
（四）乙方为甲方提供7×24小时在线客服和工作日电话支持，并指定一名客户成功经理，负责门店上线协调、使用情况分析和季度服务回顾。
（五）服务期内乙方发布的新功能和版本升级，甲方可免费使用；涉及门店操作方式重大变化的，乙方应提前15日通知并提供培训材料。

二、服务费用
（一）费用明细如下：
    1. 门店订阅费：63家门店 × 3,600元/店/服务年度 = 226,800元/服务年度；
    2. 总部管理端订阅费：28,000元/服务年度；
    订阅费合计254,800元/服务年度，两个服务年度共计509,600元；
    3. 实施费（一次性）：96,000元；
    4. 数据迁移费（一次性）：38,000元。
（二）本合同总价为人民币643,600元（含税）。

三、付款方式
（一）实施费及数据迁移费在系统上线验收合格后15个工作日内支付。
（二）每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（三）乙方应在付款前开具增值税专用发票，发票内容应与合同约定的服务项目一致，因发票不合规导致付款延迟的，甲方不承担逾期付款责任。
（四）甲方新增或关闭门店的，订阅费按门店数量和实际使用月份相应增减，单价不变，于下一个付款周期结算。

四、上线与验收
（一）乙方应于2026年4月30日前完成全部门店上线。
（二）上线验收标准：63家门店均可正常开单；原系统会员及验光档案迁移完整，抽查500条记录无差错；收银及财务对接连续10个营业日对账一致；高峰时段开单响应时间不超过2秒。
（三）双方按上述标准共同测试，合格后签署上线验收单。门店试用不视为验收合格。
（四）乙方应编制实施计划，按区域分三批完成门店上线，每批上线前完成店员培训和模拟开单演练。每批门店上线后的前三个营业日，乙方应安排实施顾问现场或远程值守，及时处理开单、打印和会员积分问题。
（五）数据迁移前，乙方应提交迁移方案和字段对照表，经甲方确认后执行；迁移过程中原系统数据由甲方备份保存，迁移完成后乙方应出具数据核对报告。

五、服务水平
（一）系统月度可用率不低于99.5%，计划维护须安排在夜间闭店时段并提前3日通知。
（二）一级故障（多家门店无法开单）乙方须在30分钟内响应，3小时内恢复；二级故障2小时内响应。
（三）月度可用率每低于约定值0.1个百分点，减免当月订阅费的5%；一级故障超时恢复的，每次减免当月订阅费的3%。

六、续期
服务期满前30日内任何一方未书面提出异议的，本合同自动续期一个服务年度，续期次数不限。乙方有权在续期时上调订阅费，上调幅度不超过上一服务年度订阅费的8%。

七、数据与安全
（一）甲方顾客的验光数据、配镜记录、会员信息及交易数据均属于甲方，乙方仅为提供本合同服务而处理，不得用于其他目的。
（二）乙方应依照《个人信息保护法》《数据安全法》采取加密存储、访问控制、操作审计和数据备份措施，数据存储于中国境内。发生数据泄露的，乙方应在2小时内通知甲方并采取补救措施，由此给甲方或顾客造成的损失由乙方承担。
（三）合同终止后30日内，乙方应按甲方要求导出全部数据并删除其留存的副本。
（四）乙方应为甲方分配独立的数据空间，每日备份数据并保存至少30日，甲方可随时通过管理端导出会员、验光档案及交易数据。乙方工作人员访问甲方数据须经授权并留存操作记录。
（五）会员营销短信、小程序推送须以甲方名义发送，并符合顾客授权范围，乙方不得利用甲方顾客信息向顾客推送乙方或第三方的广告。

八、保密
双方对在合作中获知的对方商业信息、顾客信息和技术资料承担保密义务，合同终止后仍然有效。乙方不得在宣传材料或客户案例中使用甲方名称、门店照片和经营数据，但经甲方书面同意的除外。乙方应要求其接触甲方数据的员工签署保密承诺，并对员工的保密行为负责。

九、知识产权
乙方为甲方定制的报表、接口程序及营销活动模板归甲方所有，甲方可自行使用、修改或交由第三方维护；瞳云门店平台本身的知识产权归乙方所有。乙方保证其提供的服务不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担责任。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，乙方可书面催告，催告后15日内仍未支付的，乙方可暂停新增功能开通，但不得停止门店开单等基本服务。
（三）除故意或重大过失及数据泄露外，乙方在本合同项下的累计赔偿责任以索赔事件发生前六个月内甲方已支付的订阅费为限。

十一、分包
乙方不得将实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同并要求赔偿损失。
（二）连续三个月月度可用率低于约定值的，视为乙方严重违约。
（三）合同因任何原因终止的，乙方应给予甲方不少于60日的过渡期，过渡期内按原价格继续提供服务，并配合甲方将数据迁移至新系统，不得以删除数据或停止服务相要挟。

十三、争议解决
本合同适用中华人民共和国法律。争议提交杭州仲裁委员会仲裁。

十四、不可抗力与通知
（一）因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，乙方应在不可抗力消除后尽快恢复服务。
（二）本合同项下的通知以书面形式发送至双方首页载明的地址或双方确认的电子邮箱，一方联系方式变更的，应及时通知对方。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州明视眼镜连锁有限公司        乙方（盖章）：上海瞳云信息科技有限公司
授权代表：____________        授权代表：____________
日期：2026年2月____日        日期：2026年2月____日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04 体育局 全民健身公共服务平台 年度运维, 竞争性磋商, .txt, 第X章 / （1）
H451Z04 = """绵阳市全民健身公共服务平台2026年度运维服务合同

项目名称：绵阳市全民健身公共服务平台2026年度运维服务
采购方式：竞争性磋商        项目编号：MYTY-CS-2025-108

甲方（采购人）：绵阳市体育局
地址：四川省绵阳市涪城区临园路
乙方（成交供应商）：四川蜀运信息技术有限公司
地址：四川省成都市高新区天府大道

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就全民健身公共服务平台年度运维服务达成如下协议。

第一章 服务内容与期限
（1）运维对象：全民健身公共服务平台，包括门户网站、"绵阳健身"微信小程序、场馆预约系统、体质监测数据管理系统、赛事报名系统及其服务器、数据库和网络安全设备。
（2）服务内容：日常巡检与监控、故障处理、系统优化与小版本升级、数据库维护与备份、安全运维（漏洞扫描、补丁更新、日志审计）、重大赛事及活动期间保障、内容运营技术支撑。
（3）乙方派驻2名运维工程师在甲方现场工作，工作日8:30至17:30在岗，节假日及夜间安排远程值守。
（4）服务期限：2026年1月1日至2026年12月31日。
（5）乙方应在合同签订后10日内完成运维交接，接收平台账号、系统文档、网络拓扑和历史故障记录，并与原运维单位共同确认系统现状，形成交接清单。

第二章 甲方责任
（6）甲方应为驻场人员提供必要的办公场所、网络接入和工作条件，指定专人负责运维工作的对接、监督和考核记录，并及时提供运维所需的账号授权和技术资料。
（7）甲方计划对平台进行功能改造或接入新系统的，应提前告知乙方，乙方应予以配合并提出运维方面的意见。

第三章 服务费用与支付
（8）本合同总价为人民币伍拾陆万元整（¥560,000），为固定总价，已包含人员、工具、差旅、税费等完成本项目所需的全部费用，服务期内不因人员或工作量变化而调整，包括：系统运维费268,000元；安全运维费96,000元；内容运营支撑费72,000元；驻场人员费124,000元。
（9）合同价款按季度支付，每季度费用相同。每季度结束后，乙方提交季度运维报告，经甲方确认后15个工作日内，甲方支付当季费用人民币140,000元。
（10）乙方应在每次付款前开具合法有效的发票。

第四章 服务要求
（11）平台应保持稳定运行。一级故障（门户网站、小程序或场馆预约系统整体不可用）乙方须在30分钟内响应，2小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内恢复；三级故障于下一工作日内处理。
（12）每月开展一次全面巡检，每季度开展一次漏洞扫描，发现高危漏洞应在3日内修复。
（13）数据库每日增量备份、每周全量备份，备份数据保存于甲方指定的存储设备，每季度进行一次备份恢复演练，演练结果书面报告甲方。
（14）乙方应配合甲方完成网络安全等级保护测评、网络安全检查和各类攻防演练，对发现的问题按要求完成整改。
（15）重大赛事及全民健身活动期间，乙方应提前制定保障方案并安排专人值守。
（16）乙方应建立运维工单台账，如实记录每一次故障的发现时间、响应时间、处理过程和恢复时间，并按月向甲方提交运维月报，内容包括系统运行情况、故障统计、安全事件、巡检结果和优化建议。
（17）系统优化和版本升级须提前制定方案和回退措施，经甲方同意后在业务低峰时段实施，实施后应进行功能验证并更新相关文档。
（18）乙方驻场人员应具备相应的专业能力，更换驻场人员须提前10日征得甲方同意，并做好工作交接。
（19）乙方未达到上述服务要求的，应按甲方要求限期整改，并在季度运维报告中说明原因及整改情况。

第五章 服务验收
（20）服务期满后15日内，甲方组织对全年运维服务进行验收。验收依据为：故障处理记录与本章服务要求的符合情况、巡检及漏洞扫描报告、备份恢复演练结果、运维文档移交情况。
（21）验收时乙方应提交全年运维总结报告、工单台账、巡检记录、漏洞扫描与修复记录及更新后的系统文档。验收合格的，双方签署验收单；不合格的，乙方应在10日内完成整改并重新申请验收。

第六章 数据安全与保密
（22）平台中的用户信息、场馆预约记录、体质监测数据及赛事报名数据均属于甲方，乙方仅为履行运维职责访问，不得复制、留存或向第三方提供。
（23）乙方应严格执行网络安全等级保护制度，运维账号专人专用，高危操作须经甲方审批并通过堡垒机留存记录。发生数据泄露或网络安全事件的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的损失由乙方承担全部赔偿责任。
（24）乙方及其人员对履约过程中知悉的甲方工作秘密和未公开信息负有保密义务，合同终止后仍须遵守。

第七章 知识产权
（25）乙方在服务期间为甲方编写的运维脚本、优化程序及技术文档归甲方所有，甲方可自行使用、修改或交由其他单位使用。
（26）乙方使用的运维工具软件应为正版或开源软件，因乙方使用的工具侵犯第三方权利引起的纠纷由乙方负责处理。

第八章 违约责任
（27）乙方未按约定时间进场、未按期完成巡检或漏洞修复的，每逾期一日按合同总价的万分之二向甲方支付违约金。
（28）甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。

第九章 分包与解除
（29）乙方不得将本项目分包或转包，驻场人员应为乙方自有员工，乙方应为其依法缴纳社会保险。乙方人员在甲方现场工作期间发生的人身伤害和劳动争议由乙方负责处理，与甲方无关。
（30）乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
（31）本合同于服务期满时终止，不自动续期。

第十章 争议解决
（32）本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十一章 不可抗力与其他
（33）因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复履行；乙方应在不可抗力期间尽力保障平台核心功能运行和数据安全。
（34）服务期满或合同解除时，乙方应向甲方或甲方指定的单位移交全部账号权限、运维文档、脚本和工单台账，配合完成交接，并删除其掌握的甲方数据。
（35）本合同未尽事宜，依照政府采购有关规定由双方协商签订补充协议，补充协议与本合同具有同等法律效力。
（36）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件为本合同的组成部分。

甲方（盖章）：绵阳市体育局        乙方（盖章）：四川蜀运信息技术有限公司
代表签字：____________        代表签字：____________
签订日期：2025年12月____日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05 辣条厂 质量检验 (LIMS) 软件许可 + 定制开发, the supplier's template, .md with a markdown price table, ## 第X条
H451Z05 = """# 检云LIMS实验室信息管理系统软件许可及开发合同

> 长沙检云软件有限公司 合同范本 V2.1（2025版）

**合同编号：** JY-LIMS-2026-031

**甲方（用户）：** 平江县香辣坊食品有限公司，地址：湖南省岳阳市平江县工业园食品路

**乙方（开发方）：** 长沙检云软件有限公司，地址：湖南省长沙市岳麓区麓谷大道

甲方为加强调味面制品（辣条）原辅料、半成品和成品的质量检验管理，购买乙方检云LIMS软件许可并委托乙方进行定制开发。双方本着平等自愿的原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供检云LIMS标准版软件（单站点、20个并发用户）的永久使用许可及仪器接口模块。

1.2 乙方按甲方需求进行定制开发，内容包括：原辅料（面粉、辣椒、食用油等）进厂检验流程、半成品及成品理化与微生物检验流程、留样管理、检验报告模板、与甲方ERP系统的批次信息对接。

## 第二条 合同金额

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 检云LIMS标准版软件许可 | 1套 | 268,000 |
| 2 | 仪器接口模块（8台检测仪器） | 1套 | 64,000 |
| 3 | 定制开发 | 1项 | 158,000 |
| 4 | 实施部署 | 1项 | 42,000 |
| 5 | 培训 | 1项 | 8,000 |
| | **合计** | | **540,000** |

合同总价为人民币伍拾肆万元整（¥540,000），含税。

## 第三条 付款方式

3.1 本合同签订后7日内，甲方向乙方支付合同总价的65%，即人民币351,000元，乙方收款后启动项目。

3.2 软件安装部署完成后7日内，甲方支付剩余35%，即人民币189,000元。

3.3 甲方逾期付款的，乙方有权暂停实施及技术支持服务，工期相应顺延。

## 第四条 实施与交付

4.1 乙方在项目启动后10个工作日内完成需求调研，编制需求说明书，经双方确认后作为开发依据。需求说明书确认后，甲方提出的新增需求按变更处理，乙方可另行报价。

4.2 乙方在收到首笔款项后60个工作日内完成软件安装部署及定制开发内容的上线。

4.3 因甲方需求变更、现场条件不具备或甲方人员配合不到位造成的延误，工期相应顺延，乙方不承担责任。

4.4 甲方应提供符合乙方要求的服务器、操作系统、数据库及网络环境，并指定项目联系人负责协调检验室、生产部和信息部门配合实施。

4.5 乙方负责将8台检测仪器（包括水分测定仪、酸价测定仪、过氧化值测定仪、天平及微生物培养箱等）与系统对接，对接范围以需求说明书为准。

4.6 乙方为甲方检验员和管理人员提供2天的现场操作培训，并提供电子版用户手册。培训结束后，甲方应安排专人负责系统日常管理，乙方不对未经培训人员的操作结果负责。

## 第五条 验收

5.1 软件在甲方服务器上安装部署完成后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，乙方在免费维护期内予以处理。

## 第六条 技术支持与维护

6.1 自软件上线之日起，乙方提供六个月的免费维护服务。

6.2 免费维护期内，乙方通过电话、远程方式在工作日提供技术支持，并尽合理努力尽快解决甲方反映的问题。需要现场服务的，由双方协商安排，差旅费用由甲方承担。

6.3 免费维护期内，乙方提供软件缺陷修复和小版本升级服务。因甲方自行修改系统配置、操作不当、服务器或网络故障、病毒感染等原因导致的问题，不属于免费维护范围，乙方可按实际工作量另行收费。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费用按乙方当年公布的服务价格标准执行。

## 第七条 甲方义务

甲方应按照本合同约定及时付款，按乙方要求提供实施所需的场地、设备、网络和资料，指派熟悉检验业务的人员参与需求调研和系统测试，并负责系统上线后的日常使用管理。甲方应妥善保管系统账号和密码，因甲方账号管理不当造成的损失由甲方自行承担。甲方不得对软件进行反向工程、反编译，不得将软件复制后安装于合同约定以外的站点。

## 第八条 知识产权

8.1 检云LIMS软件及仪器接口模块的知识产权归乙方所有，甲方获得在本单位内部使用的永久许可。

8.2 乙方为甲方定制开发的检验流程、报告模板、对接程序及相关源代码，知识产权均归乙方所有，甲方享有非独占的使用权，不得自行修改或提供给第三方。

## 第九条 数据

9.1 甲方在系统中录入和产生的检验数据归甲方所有。系统部署于甲方服务器，数据库由甲方管理，甲方负责日常数据备份。

9.2 乙方有权将甲方检验数据进行脱敏处理后，用于乙方产品改进、食品行业质量分析及研究。

9.3 乙方对远程维护过程中接触的甲方数据采取访问控制和日志审计措施，未经甲方许可不得下载或对外提供；因乙方原因造成甲方数据泄露的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第十条 保密

双方对在合作过程中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 因甲方原因导致项目暂停超过30日的，乙方有权要求甲方支付已完成工作对应的费用。

11.3 乙方在本合同项下的全部赔偿责任累计不超过合同总价的20%，且不承担间接损失、利润损失及数据恢复费用。

## 第十二条 合同解除

一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权解除本合同。合同解除后，甲方应停止使用尚未付清款项部分对应的软件功能，乙方应将已完成的定制开发成果按本合同第八条的约定交付甲方使用。合同解除不影响本合同关于保密、知识产权和争议解决条款的效力。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 不可抗力

因不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方。

## 第十五条 其他

15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.2 本合同未尽事宜，双方可另行签订补充协议。

**甲方（盖章）：** 平江县香辣坊食品有限公司　　**乙方（盖章）：** 长沙检云软件有限公司

**授权代表：** ____________　　**授权代表：** ____________

**日期：** 2026年____月____日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 Japanese vendor, software licence (perpetual licences + services), .pdf, Article N; only finding: governing law
H451E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KPS-CN-2026-009
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Kanazawa Precision Software K.K., a company incorporated in Japan with its registered office at 2-14 Hirooka, Kanazawa, Ishikawa, Japan (the "Vendor"); and
P:(2) Foshan Meiyuan Furniture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shunde District, Foshan, Guangdong Province (the "Customer").
P:Background. The Customer manufactures panel and upholstered furniture in two plants in Shunde. It wishes to replace spreadsheet-based production planning with the Vendor's advanced planning and scheduling software "KPS Planner", connected to its existing ERP and shop-floor systems. The Vendor has agreed to license the software on a perpetual basis and to implement it, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means KPS Planner version 8 in object code, including the server component, planner client and shop-floor terminal client, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP and MES interface programs, report layouts, planning rules and configurations written or prepared by the Vendor specifically for the Customer, with their source code and documentation.
P:1.3 "Provisional Acceptance" and "Final Acceptance" have the meanings given in Article 6.
P:1.4 "Customer Data" means all data that the Customer or its systems enter into, or that is generated by, the Software, including orders, bills of materials, routings, capacities and schedules.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's two Shunde plants for its internal business purposes, within the quantities listed in Article 3.
P:2.2 The Vendor shall install and configure the Software, develop the Custom Deliverables, migrate master data, train the Customer's planners and key users, and support the Customer through go-live, as described in Annex 1 (Statement of Work).
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 1,232,000, inclusive of applicable taxes, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Server licence, KPS Planner|1|486,000|486,000
TB:Planner named-user licences|12|18,500|222,000
TB:Shop-floor terminal licences|40|2,300|92,000
TB:Licence subtotal|||800,000
TB:Implementation services (fixed price)|1|312,000|312,000
TB:ERP and MES interface development|1|96,000|96,000
TB:Training|1|24,000|24,000
TB:Contract Price|||1,232,000
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 123,200) within 20 business days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank in mainland China.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 677,600) within 20 business days after Provisional Acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 431,200) within 20 business days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's CNY account stated on the invoice.
H:Article 5 Timetable
P:5.1 The Vendor shall complete installation, the Custom Deliverables and data migration and request Provisional Acceptance within 110 days after signature.
P:5.2 If the Vendor fails to meet the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 Provisional Acceptance takes place when the Software and the Custom Deliverables pass the acceptance tests in Annex 2, including: (a) every function listed in the Statement of Work works as described; (b) a full weekly schedule for both plants is generated in no more than 8 minutes; (c) order, routing and inventory data exchanged with the ERP reconcile without error for 10 consecutive working days; (d) shop-floor terminals report job progress within 30 seconds.
P:6.2 Final Acceptance takes place after a productive run of 60 days following Provisional Acceptance in which no Severity 1 defect remains open and the test results in Article 6.1 are maintained.
P:6.3 Each acceptance is confirmed by a certificate signed by both parties. Productive use of the Software or payment by the Customer does not mean acceptance. If a test fails, the Vendor shall correct the defect and repeat the test within 15 days.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates free of charge.
P:7.2 The Vendor shall respond to Severity 1 incidents (planning or shop-floor reporting unavailable for a plant) within 1 hour and to Severity 2 incidents within 8 business hours, 24 hours a day for Severity 1. For each full hour by which a Severity 1 response is late, the Vendor shall credit CNY 1,000 against the next payment or support invoice.
P:7.3 After the Warranty Period the Customer may order annual support (updates, helpdesk and defect correction on the terms of Article 7.2). The support fee is 11% of the Licence subtotal, that is CNY 88,000 per Support Year, and the Vendor shall not increase it for the first three Support Years. Support is ordered each year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code at Provisional Acceptance, and the Customer may use, modify and have them modified by third parties without restriction.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not copy it outside the Customer's systems.
P:9.2 The Software runs on the Customer's own servers in Foshan. The Vendor may access them remotely only through the Customer's VPN, with multi-factor authentication and the Customer's approval for each session, and all sessions are logged.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC, notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, help the Customer contain it, and bear the losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and disclose it only to its staff and advisers who need to know it. This obligation continues for three years after the end of this Agreement.
H:Article 11 Liability
P:Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Article 9 or Article 10, to wilful misconduct, or to personal injury.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:13.2 The Customer may also terminate if the delay damages under Article 5.2 reach their maximum. On termination by the Customer, the Vendor shall refund payments for work not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Japan.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Japan Commercial Arbitration Association in accordance with its Commercial Arbitration Rules. The seat of arbitration is Osaka, Japan, and the language is English.
H:Article 15 Project Organisation
P:15.1 Each party shall appoint a project manager. The Vendor's project manager shall be on site in Shunde during installation, the weeks before Provisional Acceptance and the first two weeks of the productive run, and shall report progress to the Customer every two weeks in writing.
P:15.2 The Customer shall provide server capacity, network access, a project room and timely access to its planners, ERP administrator and plant managers, as set out in the Statement of Work. Where a delay is caused by the Customer, the dates in Article 5 are extended accordingly.
P:15.3 The Vendor's staff on site shall follow the Customer's safety, security and plant access rules.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Acceptance Tests), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two English originals, one for each party.
P:For the Vendor: Kanazawa Precision Software K.K.    Name: ____________    Title: Representative Director    Date: ________
P:For the Customer: Foshan Meiyuan Furniture Co., Ltd.    Name: ____________    Title: General Manager    Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02 South Korean vendor, SaaS Order Form + General Terms, .md, numbered clauses; data reuse + subprocessors on notice
H451E02 = """# ORDER FORM No. CQ-2026-0188

**Vendor:** CloudQ Inc., 235 Pangyoyeok-ro, Bundang-gu, Seongnam-si, Gyeonggi-do, Republic of Korea ("CloudQ")

**Customer:** Ningbo Lanting Home Goods Co., Ltd., Yinzhou District, Ningbo, Zhejiang Province, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the CloudQ General Terms set out below. If the Order Form and the General Terms conflict, the Order Form prevails.

## A. Service ordered

| Item | Quantity | Unit fee (CNY per Subscription Year) | Fee (CNY per Subscription Year) |
|---|---|---|---|
| CloudQ Desk, Professional edition (ticketing, live chat, knowledge base) | 80 agent seats | 2,160 | 172,800 |
| CloudQ AI Assist add-on (reply suggestions, ticket summaries) | 1 | 36,000 | 36,000 |
| **Subscription fee per Subscription Year** | | | **208,800** |
| Onboarding package (one-time) | 1 | 24,000 | 24,000 |

- **Subscription Term:** two Subscription Years, from the Subscription Start Date to the day before the second anniversary of that date.
- **Subscription Start Date:** the date of Go-Live Acceptance, planned for 1 June 2026.
- **Total Contract Value:** CNY 441,600 (two Subscription Years of CNY 208,800 plus the onboarding fee of CNY 24,000). At the Customer's request all fees are quoted, invoiced and paid in CNY, inclusive of VAT.
- **Hosting region:** CloudQ's cloud region operated in mainland China (Shanghai), with backup in a second mainland China data centre.

## B. Invoicing and payment

1. CloudQ invoices the onboarding fee after Go-Live Acceptance.
2. CloudQ invoices the subscription fee for each Subscription Year on the first day of that Subscription Year.
3. The Customer pays each correct invoice within 30 days of receipt by bank transfer to CloudQ's CNY account.

## C. Onboarding and Go-Live Acceptance

1. The onboarding package covers configuration of ticket queues, routing rules, service-level timers and chat widgets, connection of the Customer's Tmall, JD and WeChat customer-service channels, import of 18 months of historical tickets and the knowledge base, and two days of administrator training.
2. Go-Live Acceptance tests: all listed channels create tickets correctly; historical tickets are imported completely, checked by a sample of 300 tickets; routing rules assign tickets as configured; chat messages are delivered within 3 seconds at 80 concurrent agents. When the tests pass, both parties sign a Go-Live Acceptance certificate. Use of the service during onboarding is not acceptance.
3. If Go-Live Acceptance is delayed beyond 1 June 2026 for reasons attributable to CloudQ, CloudQ pays the Customer CNY 400 for each day of delay, up to 30 days.

## D. Service levels

1. CloudQ will make the service available 99.95% of each calendar month, excluding scheduled maintenance announced at least 5 days in advance and carried out between 01:00 and 05:00 Beijing time.
2. Support priorities: Priority 1 (service unavailable or agents cannot reply to customers) response within 30 minutes, 24 hours a day, seven days a week; Priority 2 response within 2 hours during business hours; Priority 3 response within 1 business day.
3. Service credits: if monthly availability falls below the commitment, CloudQ credits 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) below it, up to 50% of that monthly equivalent; a late Priority 1 response earns a credit of CNY 500 per hour of delay. Credits are set off against the next invoice or refunded at the end of the term.

**Signed for CloudQ Inc.:** ____________ Name, title, date

**Signed for Ningbo Lanting Home Goods Co., Ltd.:** ____________ Name, title, date

---

# CLOUDQ GENERAL TERMS (China edition, 2026)

**1. Definitions.** "Service" means the CloudQ software-as-a-service products listed in the Order Form. "Customer Data" means all data submitted to the Service by or for the Customer, including tickets, chat transcripts, attachments and end-customer contact details. "Customer Configurations" means the queues, routing rules, macros, templates and reports prepared for the Customer.

**2. Right to use.** The Service is provided in Simplified Chinese and English, through web browsers and the CloudQ mobile app, and integrates with the channels listed in the Order Form through CloudQ's published connectors. During the Subscription Term CloudQ grants the Customer a non-exclusive, non-transferable right to access and use the Service for its internal business, for the number of seats ordered. Additional seats may be ordered at the same unit fee, pro rata for the remaining term.

**3. Customer Data.**

3.1 The Customer owns Customer Data. CloudQ processes Customer Data to provide and support the Service in accordance with the Customer's instructions.

3.2 The Customer grants CloudQ a right to use Customer Data, including ticket texts and chat transcripts, in aggregated and de-identified form to train, test and improve CloudQ's AI models and features made available to all CloudQ customers. This right continues after the end of the Subscription Term.

3.3 Within 30 days after the end of the term CloudQ shall make Customer Data available for export in CSV and JSON formats, together with attachments, and then delete it from the Service and its backups within a further 60 days, confirming the deletion in writing on request.

**4. Security.** CloudQ shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, keep access logs, and hold a valid MLPS level-3 filing for the Service in China. CloudQ shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, cooperate in remediation and notification of affected persons, and be responsible for the losses that the Customer suffers as a result of CloudQ's failure to meet this clause.

**5. Subcontractors and subprocessors.** CloudQ may use affiliates, subcontractors and subprocessors (including hosting and SMS providers) to provide the Service. CloudQ will inform the Customer by email at least 15 days before a new subprocessor starts processing Customer Data. CloudQ remains responsible for their performance.

**6. Customer Configurations.** Customer Configurations belong to the Customer, who may export, use and modify them and have them used by third parties, during and after the term. The Service itself, including its software and AI models, remains CloudQ's property.

**7. Confidentiality.** Each party shall keep the other party's confidential information secret, use it only for the purposes of the Order Form and disclose it only to employees and contractors bound by similar obligations. This clause survives for three years after the end of the term.

**8. Term and renewal.** The Order Form ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

**9. Termination.** Either party may terminate the Order Form by written notice if the other party materially breaches it and fails to cure the breach within 30 days after notice. If the Customer terminates for CloudQ's breach, CloudQ refunds the prepaid subscription fee for the remaining period.

**10. Support and changes.** CloudQ provides a Chinese-language support portal and telephone line, a named customer success manager who holds a quarterly review with the Customer, and access to product documentation and training videos. CloudQ will announce material changes to the Service at least 30 days in advance in the release notes and will not remove a feature that the Customer uses without offering an equivalent.

**10.1 Customer responsibilities.** The Customer is responsible for the accounts of its agents, for keeping log-in credentials secure, for the lawfulness of the content that it submits, and for obtaining any consent of its end customers that the law requires for the processing of their contact details in the Service. The Customer shall not use the Service to send unsolicited marketing messages.

**10.2 Suspension.** CloudQ may suspend an agent account only to stop a security threat or a clear breach of law, after notifying the Customer, and shall restore the account as soon as the cause is removed.

**11. Warranty.** CloudQ warrants that the Service will perform materially in accordance with its documentation and that it will not materially reduce the functions of the Service during the Subscription Term.

**12. Liability.** Each party's total liability under the Order Form is limited to 150% of the Total Contract Value. The limit does not apply to breach of clause 3, 4 or 7, or to fraud or wilful misconduct. Neither party is liable for indirect or consequential loss.

**13. Governing law and disputes.** At the Customer's request, the Order Form and these General Terms are governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final.

**14. General.** Notices are given in writing to the addresses in the Order Form. Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business. The English text is the binding version.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03 Mongolian vendor, hardware / sensors for a site, buyer's paper, .docx with a Word price table, Section N.N, compliant
H451E03 = """
T:PURCHASE CONTRACT FOR BARN AND COLD-ROOM ENVIRONMENTAL MONITORING EQUIPMENT
P:Contract No. XLD-PUR-2026-044
P:Buyer: Xilinhot Grassland Dairy Co., Ltd., Xilinhot, Xilingol League, Inner Mongolia Autonomous Region, People's Republic of China (the "Buyer")
P:Supplier: Tuul Sensorics LLC, Khan-Uul District, Ulaanbaatar, Mongolia (the "Supplier")
P:The Buyer operates six dairy barns, a milking parlour and a cold storage building at its Xilinhot farm. Following a competitive quotation, the Buyer has selected the Supplier to supply, install and commission an environmental monitoring system for those buildings. The parties agree as follows.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply temperature and humidity sensors, ammonia and carbon dioxide sensors, LoRa gateways, cold-room data loggers and the TuulMonitor software under a perpetual licence, and shall install, calibrate, integrate and commission them at the Buyer's farm (the "System").
P:1.2 The System shall monitor air temperature, relative humidity, ammonia and carbon dioxide in each barn and the milking parlour, and temperature in each cold room. It shall send readings at least every 5 minutes to the TuulMonitor server installed in the Buyer's farm office, raise alarms by SMS and WeChat when thresholds set by the Buyer are exceeded, and pass daily summaries to the Buyer's farm management system.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,012,000, inclusive of VAT, import duties, delivery to the farm and all installation costs. The Supplier accepts payment in CNY at the Buyer's request. The price is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity sensor, IP66|180|1,450|261,000
TB:2|Ammonia and carbon dioxide sensor|60|3,800|228,000
TB:3|LoRa gateway with 4G backhaul|12|9,600|115,200
TB:4|Cold-room data logger|24|2,750|66,000
TB:5|TuulMonitor software, perpetual licence|1|139,800|139,800
TB:|Hardware and Licence Subtotal|||810,000
TB:6|Installation and calibration|1|126,000|126,000
TB:7|Integration with the farm management system|1|48,000|48,000
TB:8|Training|1|28,000|28,000
TB:|Contract Price||||1,012,000
P:2.2 The Contract Price is fixed and not subject to exchange-rate adjustment. It covers all equipment, software, mounting materials, cabling inside the buildings, calibration gases and reference instruments, travel and accommodation of the Supplier's staff, and any fees for radio certification. The Buyer provides electric power at each gateway position and the server in the farm office.
H:Section 3 Payment
P:3.1 The Buyer makes no advance payment.
P:3.2 The Buyer pays 65% of the Contract Price (CNY 657,800) within 30 days after both parties sign the Installation Certificate confirming that all equipment is delivered and installed. The Installation Certificate is not acceptance of the System.
P:3.3 The Buyer pays the remaining 35% of the Contract Price (CNY 354,200) within 30 days after Final Acceptance.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the farm within 60 days after signature and complete installation within a further 30 days.
P:4.2 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:4.3 The Supplier shall submit an installation plan within 20 days after signature, showing cable routes, mounting positions and the work sequence for each building. Work inside the barns shall be arranged with the Buyer's herd manager so that milking and feeding are not disturbed, and the Supplier's staff shall follow the Buyer's biosecurity rules, including disinfection and protective clothing at every barn entrance.
P:4.4 Delivery is made DDP to the Buyer's farm in Xilinhot. The Supplier is responsible for export and import formalities, including any certification required for radio equipment in China, and bears the risk of loss until the Installation Certificate is signed.
P:4.5 All equipment shall be new, of the models listed in Annex 1, suitable for operation at ambient temperatures down to -40 °C in unheated areas, and delivered with manuals in Chinese or English.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests, run jointly after installation, are: (a) every sensor reports to the server at the set interval with no more than 0.5% of readings missing over 30 consecutive days; (b) each sensor's readings agree with a calibrated reference instrument within ±0.5 °C, ±3% relative humidity and ±2 ppm ammonia; (c) a simulated threshold breach in each building produces SMS and WeChat alarms within 60 seconds; (d) daily summaries reach the farm management system without error for 10 consecutive days.
P:5.2 When all tests are passed, the parties sign the Final Acceptance Certificate. Installation, use of the System or payment does not constitute acceptance. The Supplier shall correct any failure and repeat the relevant test within 15 days.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the System for 24 months after Final Acceptance. During that period it shall repair or replace defective equipment, correct software defects and supply software updates free of charge, including shipping and import costs.
P:6.2 Severity 1 faults (loss of monitoring or alarms for a whole barn or the cold storage building) shall be responded to within 1 hour and the System restored within 24 hours, using spares kept at the farm; Severity 2 faults within 8 hours and 3 days. For each hour by which a Severity 1 response or restoration is late, the Supplier pays CNY 600.
P:6.3 The Supplier shall keep at the farm, at its own cost, a spare stock of at least 5% of each sensor type during the warranty period.
P:6.4 After the warranty period, the Buyer may order support on the terms of Section 6.2 for an annual fee of 7% of the Hardware and Licence Subtotal, that is CNY 56,700 per Support Year. This fee is fixed for the three Support Years after the warranty period. Support does not renew automatically.
H:Section 7 Buyer Data and Security
P:7.1 All readings, alarms, configuration and logs of the System are Buyer Data and belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy it off the Buyer's premises.
P:7.2 Remote access by the Supplier requires the Buyer's approval for each session, goes through the Buyer's VPN and is logged. The Supplier shall change all default passwords before handover. If the Supplier becomes aware of any unauthorised access to the System or Buyer Data, it shall inform the Buyer within 12 hours, take remedial action and compensate the Buyer for the losses caused by its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 Site drawings, sensor maps, alarm configurations and dashboards prepared for the Buyer belong to the Buyer, who may use and modify them freely.
P:8.2 The TuulMonitor software and device firmware remain the Supplier's property and are licensed to the Buyer perpetually for use at the farm.
H:Section 9 Training and Documentation
P:9.1 The Supplier shall train the Buyer's farm technicians and herd managers on site for at least three working days: use of the dashboards and alarm settings, routine sensor cleaning and calibration checks, battery replacement, and restoring the server from backup.
P:9.2 Before Final Acceptance the Supplier shall deliver as-built drawings, the sensor location list, the calibration certificates of all sensors, user and maintenance manuals, and a backup of the server configuration.
H:Section 10 Confidentiality
P:Each party shall keep confidential the non-public information received from the other under this Contract, including the Buyer's farm layout, herd data and network settings, and shall not disclose it without the other party's prior written consent, for three years after the end of this Contract.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 10, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Section 13 Force Majeure
P:13.1 A party prevented from performing by force majeure, including severe blizzards closing the roads to the farm, shall notify the other party promptly and resume performance as soon as possible. The affected dates are extended by the period of the event.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under Section 4.2 reach their maximum.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot.
P:Annex 1: Equipment list and sensor locations. Annex 2: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04 Nepali vendor, managed service, .md with schedules as tables, 1. / 1.1; no data-security clause, no termination
H451E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** HMI-KYH-2026-02

**Between**

**Himal Managed IT Pvt. Ltd.**, a company registered in Nepal, Jhamsikhel, Lalitpur Metropolitan City, Bagmati Province, Nepal (the "Provider"), and

**Kunming Yunlu Hotel Management Co., Ltd.**, a company registered in the People's Republic of China, Xishan District, Kunming, Yunnan Province (the "Customer").

**Background.** The Customer manages fourteen hotels in Yunnan Province. It wishes to outsource its IT service desk, endpoint management and network monitoring to the Provider, which runs a multilingual service centre in Lalitpur. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means 1 April 2026, or the later date on which Transition is accepted under clause 4.

1.3 "Term" means the period of 24 months from the Service Commencement Date.

1.4 "Customer Data" means data of the Customer, its hotel guests and its employees that the Provider receives or accesses in performing the Services.

1.5 The Schedules form part of this Agreement.

## 2. Services

2.1 The Provider shall provide the Services during the Term in accordance with this Agreement and the service levels in Schedule 2.

2.2 The Provider shall assign a named service delivery manager, with a deputy for periods of leave, who speaks Chinese and shall hold a monthly service review with the Customer's IT manager, presenting a report on tickets, incidents, service levels and open risks.

2.3 The Provider's service desk answers users in Chinese and English.

2.4 The Provider shall keep the asset register, network documentation and knowledge articles up to date in its service management tool, and give the Customer read access to them and to all tickets at any time.

2.5 Changes to the Customer's network devices or server settings require a change request approved by the Customer's IT manager, except emergency changes needed to restore a P1 service, which are reported on the same day.

## 3. Charges and payment

3.1 The Customer shall pay the charges in Schedule 3. At the Customer's request all charges are stated and paid in CNY and include applicable taxes.

3.2 The Provider invoices the monthly charges monthly in arrears and the Transition charge after Transition acceptance. The Customer pays each correct invoice within 30 days.

3.3 The charges are fixed for the Term.

## 4. Transition

4.1 Before the Service Commencement Date the Provider shall take over the Customer's IT support from the current supplier: record all hotel sites, users and devices in its service management tool, install monitoring agents on all endpoints and network devices, document the network of each hotel and set up escalation paths with the hotel managers.

4.2 Transition acceptance criteria: (a) every endpoint and network device listed in Schedule 1 reports to the monitoring platform; (b) the asset register matches a physical check of two hotels chosen by the Customer; (c) a test ticket raised from each hotel by telephone, email and WeChat is logged and answered within the Schedule 2 targets; (d) network documentation for all fourteen hotels has been delivered and approved by the Customer.

4.3 When the criteria are met, the parties sign a Transition acceptance certificate. Start of live support does not by itself mean acceptance.

4.4 If Transition acceptance is delayed beyond 1 April 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 800 for each day of delay, up to 45 days.

4.5 The Customer shall give the Provider timely access to its hotels, systems and current supplier's documentation, provide administrator accounts needed for Transition, and nominate an IT coordinator at each hotel.

## 5. Service levels and service credits

5.1 The Provider shall meet the service levels in Schedule 2 and report its performance monthly.

5.2 Each monthly report shows, for each hotel, the number of tickets by priority, the response and resolution times achieved, the calls answered within target, the patch status of endpoints and the availability of internet links, together with the causes of missed service levels and the actions taken.

5.3 If a service level is missed, the Provider shall credit the amount set out in Schedule 2 against the next invoice. Service credits are the Customer's sole financial remedy for a failure to meet the service levels.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to provide the Services and shall return it to the Customer at the end of the Term.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information it receives from the other party in connection with this Agreement and shall use it only to perform this Agreement.

7.2 A party may disclose such information to its employees and professional advisers who need to know it and are bound by similar obligations, or when required by law.

7.3 This clause continues for three years after the end of the Term. On request at the end of the Term, each party shall return or destroy the other party's information, except copies that it must keep by law, which remain subject to this clause.

## 8. Intellectual property

8.1 Runbooks, network documentation, scripts and monitoring configurations prepared by the Provider for the Customer belong to the Customer, who may use and modify them freely and hand them to any later supplier.

8.2 The Provider's service management and monitoring tools remain its property.

## 9. Subcontracting

9.1 The Provider may use field engineers in Kunming employed by a subcontractor approved in writing by the Customer. Any other subcontracting requires the Customer's prior written consent. The Provider remains responsible for all subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable under Schedule 3.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Term and ending

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension must be agreed in writing.

11.2 Because the charges are based on a minimum commitment for the whole Term, neither party may terminate this Agreement before the end of the Term except by written agreement of both parties. For any failure of the Provider, the Customer's remedies are the service credits under clause 5 and the delay payments under clause 4.4.

11.3 At the end of the Term the Provider shall cooperate with the Customer and any new supplier for up to 30 days to hand over the Services.

## 12. Governing law and disputes

12.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Up to 420 named users in 14 hotels and the head office; telephone, email, WeChat and portal | 24 × 7 |
| Endpoint management | 420 PCs, laptops and front-desk terminals: patching, antivirus, software deployment, asset register | Business days |
| Network monitoring | 14 hotel networks and head office: routers, switches, Wi-Fi controllers and internet links | 24 × 7 |
| Field support | On-site visits in Kunming and other Yunnan hotels through the approved subcontractor | Business days |

## Schedule 2 — Service levels and credits

| Priority | Definition | Response | Resolution | Credit per missed ticket (CNY) |
|---|---|---|---|---|
| P1 | Hotel front desk, property management system or internet unavailable at a hotel | 30 minutes | 6 hours | 1,000 |
| P2 | Several users or one service degraded | 2 hours | 1 business day | 300 |
| P3 | Single user issue or request | 8 business hours | 3 business days | 50 |

| Measure | Target | Credit |
|---|---|---|
| Calls answered within 60 seconds | 90% of calls each month | 3% of that month's service desk charge |
| Critical patches installed | within 14 days of release | 2% of that month's endpoint charge |

## Schedule 3 — Charges

| Item | Basis | Monthly (CNY) | Term total (CNY) |
|---|---|---|---|
| Service desk | up to 420 users | 21,000 | 504,000 |
| Endpoint management | 420 devices × CNY 18 | 7,560 | 181,440 |
| Network monitoring | 14 sites × CNY 640 | 8,960 | 215,040 |
| Monthly charges | | 37,520 | 900,480 |
| Transition (one-time) | fixed | | 46,000 |
| **Total charges** | | | **946,480** |

**Signed for Himal Managed IT Pvt. Ltd.:** ____________ Name, title, date

**Signed for Kunming Yunlu Hotel Management Co., Ltd.:** ____________ Name, title, date
"""

# ---------------------------------------------------------------------------------------------------------------
# e05 Bhutanese vendor, data API subscription, .txt, upper-case headings; availability below target, no confidentiality
H451E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement reference: DTD-API-2026-07

PARTIES

Druk Trail Data Pvt. Ltd., a company registered in the Kingdom of Bhutan, Norzin Lam, Thimphu, Bhutan (the "Provider").

Chengdu Xueyu Travel Service Co., Ltd., a company registered in the People's Republic of China, Wuhou District, Chengdu, Sichuan Province (the "Customer").

BACKGROUND

The Customer is a travel agency that sells guided tours to Bhutan and Nepal to Chinese travellers through its website, its WeChat mini program and its sales offices. The Provider collects and publishes structured travel data for Bhutan: licensed hotel and guesthouse availability and rates, tour-guide availability, route-permit requirements, festival calendars, road conditions and mountain weather. The Customer wishes to use that data in its booking systems through the Provider's application programming interface. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's Druk Trail Data REST interface, version 3, with its documentation.
1.2 "Data" means the data made available to the Customer through the API.
1.3 "Customer Data" means the data the Customer sends to the API, including search queries, itineraries and lists of travellers submitted for permit checks (names, passport numbers and nationalities), and the records of the Customer's use of the API.
1.4 "Subscription Year" means the period from 1 May 2026 to 30 April 2027 (the first Subscription Year) and the period from 1 May 2027 to 30 April 2028 (the second Subscription Year).
1.5 "Integration Acceptance" means acceptance under section 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive right to call the API from the Customer's systems and to display the Data to the Customer's staff and to travellers in the Customer's own channels.
2.2 The Customer may store Data retrieved through the API in its booking systems for as long as needed for the bookings concerned and for its accounting and legal records.
2.3 The Customer shall not resell the Data as a data feed to other travel agencies.

3. FEES AND PAYMENT

3.1 At the Customer's request, all fees are quoted and paid in CNY and include applicable taxes:
    Base subscription, including 600,000 API calls per Subscription Year: CNY 96,000 per Subscription Year, CNY 192,000 for the two Subscription Years;
    Integration support package (one-time): CNY 14,000;
    Total Contract Value: CNY 206,000.
3.2 Calls above the included volume are charged at CNY 0.20 per 1,000 calls, invoiced quarterly in arrears. Overage charges are not part of the Total Contract Value.
3.3 The Provider invoices the base subscription for each Subscription Year on its first day, and the integration support package after Integration Acceptance. The Customer pays each invoice within 30 days of receipt.
3.4 The fees are fixed for both Subscription Years.

4. INTEGRATION AND ACCEPTANCE

4.1 The integration support package covers sandbox access, API keys for test and production, a Chinese-language field mapping guide, four remote workshops with the Customer's developers and review of the Customer's integration before launch.
4.2 Integration Acceptance tests, carried out jointly before 1 May 2026: (a) hotel availability and rates for 20 sample properties returned by the API match the Provider's published inventory; (b) permit checks for 50 sample traveller lists return a result within 5 seconds; (c) weather and road-condition data are refreshed at least every 3 hours; (d) the API returns correct results under a load of 30 requests per second for one hour.
4.3 When all tests pass, the parties sign an Integration Acceptance record. Calls made during testing do not mean acceptance.
4.4 If Integration Acceptance is delayed beyond 1 May 2026 for reasons attributable to the Provider, the Provider pays the Customer CNY 200 for each day of delay, and the first Subscription Year is extended by the same number of days at no charge.

5. SERVICE LEVELS

5.1 The Provider shall make the production API available at least 99.5% of each calendar month, measured at the API gateway, excluding scheduled maintenance announced at least 3 days in advance and carried out between 02:00 and 05:00 Bhutan time.
5.2 Hotel availability data shall be no more than 15 minutes old when returned; weather data no more than 3 hours old.
5.3 Support priorities: Priority 1 (API unavailable or returning errors for most calls) response within 1 hour, at any time; Priority 2 (one data set unavailable or stale) response within 6 hours; Priority 3 (questions and minor errors) response within 2 business days.
5.4 Service credits: for each full 0.5 percentage point of monthly availability below the commitment, the Provider credits 5% of one twelfth of the annual base subscription fee, up to 50% of that amount per month. A Priority 1 response more than 1 hour late earns a credit of CNY 300. Credits are set off against the next invoice.

6. DATA ACCURACY

6.1 The Provider obtains Data from licensed hotels, the tourism authority and public sources, checks it daily and corrects errors reported by the Customer within 2 business days.
6.2 Where a booking made by the Customer fails because the Provider returned wrong hotel availability, the Provider shall help the Customer find comparable accommodation and shall credit the Customer CNY 500 per affected booking.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to answer the Customer's API calls and to provide support, and shall not use it for any other purpose or pass it to any third party, except to the permit authority when the Customer asks for a permit check.
7.2 Traveller lists submitted for permit checks are deleted by the Provider within 30 days after the travel date.
7.3 The Provider shall protect Customer Data with encryption in transit and at rest, access restricted to named staff with multi-factor authentication, and access logs kept for two years. The Provider shall comply with the data protection requirements of the People's Republic of China that apply to the transfer of the Customer's traveller data, including the Customer's cross-border transfer filing, and shall cooperate with the Customer on it.
7.4 The Provider shall notify the Customer within 24 hours after becoming aware of unauthorised access to Customer Data, take remedial measures and compensate the Customer for the losses, fines and costs caused by a breach of this section 7.

8. INTELLECTUAL PROPERTY

8.1 The API, the Data and the Provider's databases remain the property of the Provider.
8.2 The Customer's integration code, its booking records and the itineraries, descriptions and pages that it builds using the Data belong to the Customer, who may use and modify them freely.

9. SUBCONTRACTING

9.1 The API is hosted by the Provider's cloud hosting provider named in Annex A, which the Customer approves by signing this Agreement. The Provider shall not use any other subcontractor to process Customer Data without the Customer's prior written consent.

9.2 The Provider remains responsible for the performance of its hosting provider and of any approved subcontractor as for its own.

10. CHANGES TO THE API

10.1 The Provider shall give the Customer at least 60 days' notice of any change to the API that is not backward compatible, keep the previous version running for at least 90 days after the new version is released, and provide a migration note in Chinese.
10.2 The Provider may add new data fields and endpoints at any time without notice, provided existing calls continue to work.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement runs until 30 April 2028. It does not renew automatically. Any extension requires a written agreement of both parties.
11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider refunds the base subscription fee paid for the rest of the Subscription Year.
11.3 On expiry or termination the Provider returns or deletes Customer Data as the Customer instructs and confirms deletion in writing.

12. LIABILITY

12.1 Neither party is liable to the other for loss of profit or indirect loss, except in case of wilful misconduct or breach of section 7.

13. GOVERNING LAW AND DISPUTES

13.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The arbitral award is final and binding.

14. GENERAL

14.1 Notices are given by email and courier to the addresses above. This Agreement, with Annex A (Hosting Provider) and Annex B (API Documentation Index), is the entire agreement of the parties on its subject and may be amended only in writing.

SIGNATURES

For Druk Trail Data Pvt. Ltd.: ______________________  Name and title: ______________  Date: __________
For Chengdu Xueyu Travel Service Co., Ltd.: ______________________  Name and title: ______________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# files
TARGETS = {
    "h451z01": ("h451z01_weather_bureau_smart_service_platform.pdf", "pdf", H451Z01),
    "h451z02": ("h451z02_paper_mill_reel_control_retrofit.docx", "docx", H451Z02),
    "h451z03": ("h451z03_optical_chain_optometry_member_saas.txt", "txt", H451Z03),
    "h451z04": ("h451z04_sports_bureau_fitness_platform_om.txt", "txt", H451Z04),
    "h451z05": ("h451z05_spicy_snack_lims_supplier_template.md", "md", H451Z05),
    "h451e01": ("h451e01_furniture_aps_licence_japan_vendor.pdf", "pdf", H451E01),
    "h451e02": ("h451e02_helpdesk_saas_order_form_korea_vendor.md", "md", H451E02),
    "h451e03": ("h451e03_dairy_barn_sensors_mongolia_vendor.docx", "docx", H451E03),
    "h451e04": ("h451e04_hotel_managed_it_nepal_vendor.md", "md", H451E04),
    "h451e05": ("h451e05_travel_data_api_bhutan_vendor.txt", "txt", H451E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# Design: terms (buyer's view), extra facts, TCO inputs, forum, and the rules I intend each draft to raise.
DESIGN = {
    "h451z01": dict(lang="zh", category="software", value=2180000,
                    terms=dict(availability_pct=99.95, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                               final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                               contract_kind="goods_or_licence"),
                    capped=True, sla=True, ld=True, deemed=False, fee_base=1280000, fee_year=102400,
                    forum_mainland=True, intended=[]),
    "h451z02": dict(lang="zh", category="hardware", value=1740000,
                    terms=dict(ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
                               final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=34,
                               subcontract_without_consent=True, contract_kind="goods_or_licence"),
                    capped=True, sla=True, ld=True, deemed=False, fee_base=1420000, fee_year=482800,
                    forum_mainland=True,
                    intended=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h451z03": dict(lang="zh", category="cloud", value=643600,
                    terms=dict(availability_pct=99.5, ld_rate_per_day_pct=0.1, liability_cap_pct=6 / 24 * 100,
                               auto_renewal_price_increase=True),
                    sla=True, ld=True, deemed=False, forum_mainland=True,
                    intended=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h451z04": dict(lang="zh", category="services", value=560000,
                    terms=dict(sla_remedy=False, ld_rate_per_day_pct=0.02),
                    sla=True, ld=True, deemed=False, forum_mainland=True,
                    intended=["CR-LD-LOW", "CR-SLA-NO-REMEDY"]),
    "h451z05": dict(lang="zh", category="software", value=540000,
                    terms=dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                               liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                               final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=None,
                               contract_kind="goods_or_licence"),
                    capped=False, sla=False, ld=False, deemed=True, fee_base=332000, fee_year=None,
                    forum_mainland=True,
                    intended=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                              "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
                              "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h451e01": dict(lang="en", category="software", value=1232000,
                    terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
                               final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                               governing_law="Japan", contract_kind="goods_or_licence"),
                    capped=True, sla=True, ld=True, deemed=False, fee_base=800000, fee_year=88000,
                    forum_mainland=False, intended=["CR-GOVERNING-LAW"]),
    "h451e02": dict(lang="en", category="cloud", value=441600,
                    terms=dict(availability_pct=99.95, buyer_owns_data=False, ld_rate_per_day_pct=400 / 441600 * 100,
                               liability_cap_pct=150, subcontract_without_consent=True),
                    sla=True, ld=True, deemed=False, forum_mainland=True,
                    intended=["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"]),
    "h451e03": dict(lang="en", category="hardware", value=1012000,
                    terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
                               final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7,
                               contract_kind="goods_or_licence"),
                    capped=True, sla=True, ld=True, deemed=False, fee_base=810000, fee_year=56700,
                    forum_mainland=True, intended=[]),
    "h451e04": dict(lang="en", category="services", value=946480,
                    terms=dict(data_security_clause=False, ld_rate_per_day_pct=800 / 946480 * 100,
                               liability_cap_pct=150, termination_for_breach=False),
                    sla=True, ld=True, deemed=False, forum_mainland=True,
                    intended=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h451e05": dict(lang="en", category="cloud", value=206000,
                    terms=dict(availability_pct=99.5, p1_response_hours=1, confidentiality=False,
                               ld_rate_per_day_pct=200 / 206000 * 100),
                    sla=True, ld=True, deemed=False, forum_mainland=True,
                    intended=["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(d):
    """Policy section 4, my own reading: horizon 5 years from acceptance = start of the warranty; post-warranty years =
    horizon - warranty years (pro rata); fee per year as stated; purchase + implementation = contract value."""
    t = d["terms"]
    if t.get("contract_kind") != "goods_or_licence" or d.get("fee_year") is None or t.get("warranty_months") is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * d["fee_year"]
    return fees / (d["value"] + fees) * 100


def derive_rules(terms, extra, d):
    """My own reading of policy.md section 3 (not project code)."""
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:  # "above 4 hours, or unstated"
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not terms["acceptance_clause"] or terms["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if terms["contract_kind"] == "goods_or_licence":
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pct = terms["post_warranty_fee_pct"]
        if pct is None or not extra.get("post_warranty_fee_capped") or pct > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (terms["governing_law"] not in (None, "PRC")) or not d["forum_mainland"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, _, _ = TARGETS[key]
    d = DESIGN[key]
    terms = dict(BASE)
    terms.update(d["terms"])
    terms = {k: terms[k] for k in TERM_KEYS}
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    rules = derive_rules(terms, extra, d)
    assert rules == sorted(d["intended"]), (key, rules, d["intended"])
    return {"file": name, "language": d["lang"], "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules}


# ---------------------------------------------------------------------------------------------------------------
# threshold figures: regexes, self-test, scan
PAT = [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![\d一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:个\s*)?小\s*时", r"(?<!十)四\s*(?:个\s*)?小\s*时", r"(?<![\d.])4\s*-?\s*(?:h|hours?|hrs?)(?![a-z])",
    r"\bfour\s*-?\s*hours?", r"(?<![\d.])240\s*(?:分\s*钟|min)",
    r"(?<![\d.])0\.05(?!\d)", r"万\s*分\s*之\s*五(?![十百千\d])", r"千\s*分\s*之\s*零\s*点\s*五",
    r"(?<![\d.,])100\s*(?:%|％|percent|per\s*cent)", r"百\s*分\s*之\s*(?:百|一百)",
    r"(?<![\d.])30\s*(?:%|％|percent|per\s*cent)", r"百\s*分\s*之\s*三\s*十(?![一二三四五六七八九点])", r"三\s*成",
    r"thirty\s*(?:percent|per\s*cent)",
    r"(?<![\d.])12\s*个\s*月", r"十\s*二\s*个\s*月", r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"(?<![\d.])12\s*-?\s*months?", r"一\s*年", r"(?<![\d.])1\s*年", r"\bone\s*-?\s*years?", r"(?<![\d.])1\s*-?\s*years?\b",
    r"(?<![\d.])15\s*(?:%|％|percent|per\s*cent)", r"百\s*分\s*之\s*十\s*五(?!点)", r"fifteen\s*(?:percent|per\s*cent)",
    r"(?<![\d.])40\s*(?:%|％|percent|per\s*cent)", r"百\s*分\s*之\s*四\s*十(?![一二三四五六七八九点])", r"四\s*成",
    r"forty\s*(?:percent|per\s*cent)",
    r"(?<![\d.])5\s*年", r"五\s*年", r"\bfive\s*-?\s*years?", r"(?<![\d.])5\s*-?\s*years?", r"(?<![\d.])60\s*(?:个\s*)?(?:月|months?)",
    r"六\s*十\s*个\s*月",
]
RX = [re.compile(p, re.I) for p in PAT]
MUST_HIT = ["99.9%", "99.9 %", "四小时", "4小时", "4 小时", "4 hours", "4-hour", "four hours", "240分钟", "0.05%",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "60 months",
            "60个月", "1 year"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "Subscription Year",
             "2026年12月", "十二月", "14 hours", "105%", "0.5%", "35%", "45 %", "24 hours", "2026年5月", "1,000%", "0.005",
             "Support Year", "18 months", "24 months", "2 hours", "6 hours"]


def hits(text):
    out = []
    for rx in RX:
        out += [m.group(0) for m in rx.finditer(text)]
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nows": re.sub(r"\s+", "", text)}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        parts += [" ".join(c.text for c in row.cells) for t in doc.tables for row in t.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    built = {k: (n, kind) for k, (n, kind, _) in TARGETS.items() if kind in ("docx", "pdf")}
    write({k: TARGETS[k][2] for k in built}, built, OUT, wrap_words=True)
    for key, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    problems = []
    fired = set()
    for key, (name, kind, src) in TARGETS.items():
        lab = label(key)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        fired |= set(lab["expected_rules"])
        for k, th in THRESH.items():
            v = lab["expected_terms"][k]
            assert v is None or v != th, (key, k, v)
        share = tco_share(DESIGN[key])
        assert share is None or abs(share - 40) > 2, (key, share)
        text = read_back(OUT / name)
        for where, t in list(variants(text).items()) + [("src-" + a, b) for a, b in variants(src).items()]:
            h = hits(t)
            if h:
                problems.append((name, where, h))
        lang = DESIGN[key]["lang"]
        n = len(text) if lang == "zh" else len(text.split())
        nows = len(re.sub(r"\s+", "", text)) if lang == "zh" else n
        lo, hi = LIMITS[lang]
        ok = lo <= n <= hi  # Chinese: all characters read back, line breaks included; non-space count is shown
        if not ok:
            problems.append((name, "length", n, nows))
        print(f"{name}: {lang} {n} {'chars' if lang == 'zh' else 'words'}"
              + (f" ({nows} non-space)" if lang == "zh" else "") + f"  rules={lab['expected_rules']} risk={risk(lab['expected_rules'])}"
              + (f" tco_share={share:.2f}" if share is not None else ""))
    missing = set(ALL_RULES) - fired
    assert not missing, missing
    print("all 20 CR rules covered")
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
