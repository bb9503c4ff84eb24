"""holdout499: builds ten ORDINARY draft contracts (5 zh, 5 en) and their labels, checks lengths, threshold figures,
label values and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder).
Sources are kept below as plain text (.txt / .md) or as word_pdf markup (.docx / .pdf)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青岚市烟草专卖局零售户监管平台软件许可及定制开发合同
P:合同编号：QLYC-ZFCG-2025-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：青岚市烟草专卖局
P:乙方（供应商）：杭州明衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就青岚市卷烟零售户监管平台软件许可及定制开发项目，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“明衡零售户监管平台”标准软件永久使用许可，覆盖全市约9,600户卷烟零售户的许可证管理、日常巡查、案件线索、信用评价等功能。
P:1.2 乙方按甲方需求完成定制开发，包括：许可证延续与变更网上办理模块、移动执法终端应用、零售户信用分级模型、与省局专卖管理信息系统及市场监管部门数据共享平台的接口。
P:1.3 乙方负责平台部署、历史数据迁移、联调测试、试运行保障及人员培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,300,000元（大写：贰佰叁拾万元整），为固定总价，包含软件许可、定制开发、部署实施、培训及质保期内全部服务费用。
P:2.2 价款构成：标准软件永久许可费1,180,000元；定制开发费860,000元；部署实施及数据迁移费210,000元；培训费50,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%，即460,000元，作为预付款。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%，即1,035,000元。
P:3.3 系统试运行满三个月并通过最终验收后，甲方支付合同总价的35%，即805,000元。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方付款以财政资金拨付为准，因财政审批流程产生的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起90日内完成部署并提交初步验收申请；于合同签订之日起150日内完成全部定制开发内容。
P:4.2 乙方应在项目启动后10个工作日内提交实施方案，经甲方确认后执行。
P:4.3 因甲方原因或省局系统接口开放延迟导致工期延误的，经甲方书面确认，交付期限相应顺延。乙方应在延误事由发生后3个工作日内书面提出顺延申请。
H:第五条 验收
P:5.1 初步验收标准：功能清单逐项通过测试；历史零售户档案迁移准确率不低于99.98%；接口与省局系统、数据共享平台对接成功并连续运行7日无数据差错；在200个并发用户下页面平均响应时间不超过3秒。
P:5.2 最终验收标准：试运行三个月内无一级故障；通过甲方委托的第三方软件测评机构出具的功能和安全测试报告；所有文档、源代码及部署手册交付齐全。
P:5.3 验收由甲方组织，出具书面验收报告。系统上线运行或甲方使用系统均不视为验收合格。
P:5.4 初步验收或最终验收不合格的，乙方应在10日内完成整改，并承担重新测评的费用。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.5%。月可用率按当月实际可用时长除以当月总时长计算，计划内维护须提前3个工作日经甲方同意。
P:6.2 故障分级及响应：一级故障（平台整体不可用或核心业务中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障于下一工作日处理。
P:6.3 一级故障响应或恢复每超时1小时，甲方从应付款项或履约保证金中扣减1,000元；月可用率每低于承诺值0.1个百分点，扣减2,000元。
P:6.4 乙方每月向甲方提交服务报告，列明当月可用率、故障处理情况和扣减金额，经甲方确认后作为扣减依据。
H:第七条 质保及后续维护
P:7.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方如需继续维护服务，另行签订维护合同。年维护费不超过软件许可费的10%，即每个服务年度不超过人民币118,000元，且质保期满后三个服务年度内不得上调。
H:第八条 知识产权
P:8.1 标准软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发的模块、接口程序、信用分级模型及其源代码和文档的知识产权归甲方所有，甲方可自行修改、使用并许可第三方使用。
H:第九条 数据安全
P:9.1 平台中的零售户信息、执法记录、案件线索等全部数据属于甲方，乙方仅为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，实施访问控制、加密传输和操作审计，远程运维须经甲方审批并通过堡垒机进行，不得将数据拷贝带离甲方机房。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、执法信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
H:第十二条 项目管理与人员
P:12.1 乙方应指定具有同类政务项目经验的项目经理，组建不少于8人的实施团队，主要人员须与投标文件一致，未经甲方书面同意不得更换。项目经理每周向甲方提交项目周报，说明进度、问题和下周计划，每月参加一次项目例会。
P:12.2 乙方实施人员进入甲方办公场所的，应遵守甲方的安全管理、保密管理和考勤规定，佩戴工作证件，不得进入与项目无关的区域。
H:第十三条 培训与文档
P:13.1 乙方应对甲方管理员、专卖稽查人员和各区县局业务骨干分批开展培训，培训不少于6期，每期2天，培训后进行考核，考核合格率应达到95%以上。乙方应提供需求规格说明书、概要设计、详细设计、数据库设计、测试报告、用户手册、运维手册及源代码，所有文档为中文版本并同时提供纸质和电子版本。
H:第十四条 不可抗力
P:14.1 因地震、洪水、重大疫情等不可抗力致使本合同不能履行的，受影响一方应在3日内书面通知对方，并在15日内提供证明，双方协商延期履行或解除合同。
H:第十五条 分包
P:15.1 本项目不得转包或分包。
H:第十六条 合同解除
P:16.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十七条 法律适用与争议解决
P:17.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十八条 其他
P:18.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：青岚市烟草专卖局        乙方（盖章）：杭州明衡信息技术有限公司
P:签订日期：2025年9月    日
"""

Z02 = """T:挤出生产线控制系统改造及维保合同
P:合同编号：RX-PVC-GZ-2025-08
P:甲方：湖州润祥塑胶管业有限公司
P:乙方：苏州衡控自动化工程有限公司
P:甲方为提升PVC给水管材、排水管材挤出生产线的控制精度和生产数据管理水平，委托乙方对其二号厂房6条挤出生产线的控制系统进行改造并提供维保服务。双方经友好协商，订立本合同。
H:1. 改造范围
P:1.1 乙方负责6条挤出线的PLC控制柜更换、主机及牵引机变频驱动更换、人机界面更换、在线测厚仪安装，以及生产线数据采集和配方管理软件的部署。
P:1.2 乙方为甲方定制开发配方管理模块、挤出工艺参数追溯报表及与甲方现有ERP系统的生产工单接口。
P:1.3 改造须分线进行，每条线停机时间不超过72小时，不影响其余生产线正常生产。
H:2. 合同价格
P:2.1 合同总价为人民币1,540,000元，明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含模块）|6套|68,000|408,000
TB:2|主机及牵引变频驱动|6套|52,000|312,000
TB:3|人机界面触摸屏|6台|9,500|57,000
TB:4|在线超声波测厚仪|6台|48,500|291,000
TB:5|数据采集及配方管理软件许可|1套|182,000|182,000
TB:|软硬件小计|||1,250,000
TB:6|改造施工及电气安装|1项|180,000|180,000
TB:7|定制开发及系统调试|1项|90,000|90,000
TB:8|操作及维护培训|1项|20,000|20,000
TB:|合同总价|||1,540,000
P:2.2 上述价格含税、含运输、安装及质保期内服务费用。
P:2.3 设备品牌、型号和技术参数以乙方投标文件附件《设备技术规格表》为准，乙方不得以低于该表规格的设备替代。设备须为原厂全新正品，并提供原厂合格证和质保证明。
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，即308,000元，作为预付款。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的45%，即693,000元。设备到货签收不视为质量验收。
P:3.3 全部6条生产线通过最终验收后，甲方支付合同总价的35%，即539,000元。
P:2.4 乙方应在每台设备到货时提供装箱清单、出厂检验报告和原厂授权文件，甲方设备部据此清点签收。清点中发现型号、数量或外观不符的，乙方应在7日内补齐或更换。
H:4. 工期
P:4.1 乙方应于合同生效后60日内完成全部设备到货，于合同生效后100日内完成全部改造和调试。
P:4.2 乙方应在合同生效后10个工作日内提交改造实施方案和停机计划，经甲方生产部和设备部确认后执行。每条生产线停机改造前3日，乙方应书面通知甲方。
P:4.3 乙方施工人员须持有有效的电工作业证，遵守甲方的安全生产、动火作业和厂区管理制度。因乙方施工原因造成人员伤害或设备损坏的，由乙方承担责任。
P:4.4 乙方应做好旧控制柜的拆除和标识，拆除的旧设备归甲方所有，由乙方搬运至甲方指定仓库。
H:5. 验收
P:5.1 每条生产线改造完成后进行单线验收，标准为：连续运行72小时无控制系统故障；管材壁厚偏差控制在国家标准允许偏差的二分之一以内；配方切换时间不超过15分钟；生产数据采集记录完整，与测厚仪和计米器读数核对一致。
P:5.2 全部生产线单线验收合格，且定制开发的报表和ERP接口经甲方业务部门核对一致后，双方签署最终验收报告。试运行或投产使用不视为验收合格。
P:5.3 单线验收不合格的，乙方应在5日内完成整改并重新组织验收，由此增加的停机损失和费用由乙方承担。验收所需的检测仪器和标准管材样品由乙方准备，甲方质检部派员参加测量并记录结果。
H:6. 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起算。质保期内硬件故障免费维修或更换，软件免费升级。
P:6.2 一级故障（生产线停机）乙方应在1小时内响应，6小时内到场处理；二级故障8小时内响应。一级故障响应每超时1小时，乙方向甲方支付800元。
P:6.3 质保期满后，乙方继续提供维保服务，年维保费为软硬件小计的28%，即每个服务年度人民币350,000元，包含备件更换、定期巡检和软件升级，合同有效期内不上调。
P:6.4 质保期内，乙方每季度对全部生产线控制系统进行一次现场巡检，检查控制柜温度、接线、变频器运行参数和测厚仪校准情况，并提交巡检报告。
P:6.5 乙方应在甲方厂区备有PLC模块、变频器和测厚探头等关键备件，备件清单由双方另行确认，质保期内备件费用由乙方承担。
P:6.6 乙方应对甲方设备部人员进行操作和维护培训，培训不少于3次，确保甲方人员能够独立完成日常操作、配方切换和一般故障排查。乙方应交付电气原理图、PLC程序、接线图、操作手册和维护手册。
H:7. 知识产权
P:7.1 标准软件及设备嵌入式程序的知识产权归原权利人所有，甲方获得永久使用许可。
P:7.2 定制开发的配方管理模块、追溯报表、ERP接口程序及其源代码归甲方所有，甲方可自由修改和使用。
P:7.3 乙方保证所提供的设备和软件不侵犯任何第三方的知识产权。因侵权引起第三方索赔的，由乙方负责处理并承担全部费用和赔偿责任。
H:8. 数据安全
P:8.1 生产线采集的工艺参数、配方、产量等数据属于甲方，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方批准并在甲方监督下进行，不得复制、留存甲方数据。因乙方原因造成数据泄露或丢失的，乙方承担全部赔偿责任。
P:8.3 乙方应在改造过程中对原控制系统程序和配方数据进行完整备份，备份文件交甲方保存，切换失败时应能在当班内恢复原系统运行，由此造成的停机损失由乙方承担。
H:9. 保密
P:9.1 双方对在合作中知悉的对方技术秘密和经营信息负有保密义务，保密期限至合同终止后三年。
H:10. 违约责任
P:10.1 乙方逾期交付或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:10.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因故意或重大过失造成的损失除外。
P:10.3 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:10.4 乙方交付的设备存在质量问题，在质保期内同一部件累计维修两次仍不能正常使用的，乙方应免费更换同型号新品，并赔偿由此造成的停产损失。
H:11. 分包
P:11.1 乙方将电气安装工作分包给第三方的，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
P:11.2 分包方人员进入甲方厂区施工的，应遵守本合同第4.3条的规定。
H:12. 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同并要求赔偿。
H:13. 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议提交湖州仲裁委员会仲裁。
H:14. 不可抗力
P:14.1 因不可抗力导致任何一方不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方可协商延期履行。
H:15. 其他
P:15.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:日期：2025年10月
"""

Z03 = """眼镜验配连锁门店顾客及订单管理SaaS服务及实施合同

合同编号：MJ-SAAS-2025-031
甲方：南京明瞳眼镜连锁有限公司
乙方：上海视研云科技有限公司

鉴于甲方在江苏省内经营25家眼镜验配门店，需要统一的顾客档案、验光处方、订单及加工跟踪系统；乙方为“视研门店云”SaaS平台的运营方。双方经协商，订立本合同。

一、服务内容
（一）乙方向甲方25家门店及总部提供“视研门店云”SaaS服务，包括顾客档案、验光处方记录、配镜订单、镜片加工进度跟踪、会员积分、复查提醒及经营报表功能。
（二）乙方负责实施服务：系统初始化配置、25家门店开通、历史顾客及订单数据迁移（约18.6万条顾客记录）、与甲方收银系统及镜片供应商下单平台的接口开发、门店人员培训。
（三）乙方为甲方定制开发验光师工作量统计报表和门店调拨报表。
（四）服务范围内的功能清单见附件一《功能清单》，门店清单见附件二《门店清单》。甲方在服务期内新增门店的，按本合同第三条约定的单价另行计费，不足一个服务年度的按月折算。
（五）乙方为甲方开通总部管理员账号5个、门店账号每店3个，验光师账号按实际人数开通，不另行收费。

二、服务期限
（一）服务期为三个服务年度，自2025年11月1日起至2028年10月31日止。
（二）服务期满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其届时价格政策调整服务费单价，上调幅度不超过上一服务年度单价的8%，甲方应按调整后的价格支付。

三、服务费用
（一）SaaS订阅费：每家门店每个服务年度人民币5,600元，25家门店每个服务年度合计140,000元，三个服务年度合计420,000元。
（二）实施及数据迁移费：人民币96,000元；培训费：人民币18,000元。
（三）本合同总价为人民币534,000元。

四、付款方式
（一）订阅费按季度后付，每季度结束后10个工作日内，乙方提供当季服务报告和发票，甲方核对后支付当季订阅费35,000元。
（二）实施及数据迁移费和培训费在上线验收合格后15个工作日内一次性支付。
（三）甲方无需支付任何预付款。
（四）乙方应提供电子发票，发票内容为“信息技术服务费”。甲方因财务原因需调整付款时间的，应提前书面告知乙方。

五、实施与上线验收
（一）乙方应于服务期开始前完成全部实施工作，25家门店于2025年11月1日统一上线。
（二）上线验收标准：历史顾客及订单数据迁移后抽样核对准确率达到99.98%；25家门店全部开通并完成一笔完整的验光、下单、加工、取镜流程测试；收银接口和供应商下单接口连续5个营业日数据一致；报表结果与甲方手工统计核对一致。
（三）甲方在收到验收申请后5个工作日内组织验收并出具书面意见。上线使用不视为验收合格。
（四）乙方应指定一名实施项目经理，负责实施计划、需求确认、数据迁移方案和门店培训安排，每周向甲方提交实施周报。
（五）数据迁移前，乙方应提交迁移方案，明确字段对照、清洗规则和回退措施，经甲方确认后执行；迁移完成后，乙方应提交迁移报告，列明迁移数量、异常记录和处理结果。
（六）门店培训采用集中培训与到店辅导相结合的方式，每家门店至少到店辅导1次，培训内容包括顾客建档、验光处方录入、订单下达、加工跟踪和会员服务。

六、服务水平
（一）平台月可用率不低于99.95%，计划内维护应安排在夜间22:00至次日6:00之间并提前通知。
（二）一级故障（全部门店无法开单或顾客数据无法读取）乙方应在30分钟内响应，3小时内恢复；二级故障（单店或单一功能异常）2小时内响应，当日解决。
（三）月可用率低于承诺值的，每低0.1个百分点，减免当月订阅费的5%；一级故障响应每超时1小时，减免500元，减免总额不超过当季订阅费。
（四）乙方应提供7×24小时故障报修电话和在线工单渠道，工作日9:00至21:00提供门店使用咨询服务。
（五）乙方每季度向甲方提交服务报告，列明当季可用率、故障记录、工单处理情况和系统版本更新内容。平台版本更新不得减少甲方正在使用的功能，重大更新应提前10日通知甲方并提供更新说明。

七、顾客数据及数据安全
（一）甲方在平台中录入和产生的顾客信息、验光处方、订单数据均属于甲方，乙方仅为提供本合同服务使用，不得用于其他目的，也不得向第三方提供。
（二）乙方应按照《个人信息保护法》和网络安全等级保护三级要求保护数据，数据存储于境内机房，实行加密存储、访问权限控制和操作日志审计，每日备份并异地保存。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方处置并向监管部门报告；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政罚款和对顾客的赔偿。
（四）合同终止后30日内，乙方应按甲方要求导出全部数据并彻底删除平台中的甲方数据。
（五）乙方应每半个服务年度对数据安全措施进行一次自查，并向甲方提交自查报告。

八、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）为甲方定制开发的报表、接口程序及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改使用或委托第三方维护。
（三）乙方保证其提供的SaaS平台和定制内容不侵犯第三方的知识产权；发生第三方侵权主张的，由乙方负责处理并承担由此产生的全部费用和赔偿责任。
（四）甲方门店使用的会员积分规则和营销活动配置属于甲方经营资料，乙方不得用于其他客户。

九、违约责任
（一）乙方未能按期完成上线的，每逾期一日，向甲方支付600元违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露责任不受此限。
（三）甲方逾期支付订阅费的，每逾期一日按应付金额的万分之二支付违约金。
（五）乙方因服务故障导致甲方门店无法正常营业的，除按本合同第六条减免服务费外，还应赔偿甲方的直接损失。

十、转包与分包
（一）乙方不得转包本合同。乙方拟将接口开发或门店培训分包的，须事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面催告后15日内未改正的，甲方有权解除本合同，乙方应退还未履行期间已收取的费用并赔偿损失。
（二）平台连续两个月可用率低于承诺值的，甲方有权解除本合同。

十二、不可抗力
（一）因自然灾害、公共卫生事件等不可抗力导致一方不能履行本合同的，受影响一方应及时通知对方，并在合理期限内提供证明。不可抗力持续超过30日的，双方可协商解除本合同。

十三、法律适用与争议解决
（一）本合同适用中华人民共和国法律。因本合同产生的争议，提交南京仲裁委员会仲裁。

十四、其他
（一）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一、附件二为本合同组成部分。

甲方（盖章）：南京明瞳眼镜连锁有限公司
乙方（盖章）：上海视研云科技有限公司
签订日期：2025年10月
"""

Z04 = """狱务管理系统年度运维服务合同

项目编号：SJYJ-JZCS-2025-06
采购方式：竞争性磋商
甲方（采购人）：西江省监狱管理局
乙方（供应商）：南昌安衡信息服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就西江省监狱管理局狱务管理系统2026服务年度运维服务项目订立本合同，共同遵守。

（1）服务范围
①运维对象为省局及下属11所监狱部署的狱务管理系统，包括罪犯信息管理、刑罚执行、狱政管理、教育改造、生活卫生等子系统，以及配套的数据库、中间件和应用服务器。
②服务内容包括日常巡检、故障处理、数据库维护、数据备份与恢复演练、系统补丁及安全加固、用户支持、季度运行分析报告和重大活动保障。
③乙方应派驻4名运维工程师在省局驻场工作，其中项目经理1名；各监狱的现场服务由乙方按需派员。
④乙方应建立运维服务台，提供7×24小时电话报障渠道，所有故障和服务请求均应登记工单，记录受理时间、处理过程和关闭时间，工单记录作为考核依据。
⑤重大活动、重要节日和上级检查期间，乙方应制定专项保障方案，安排工程师现场值守。

（2）服务期限
服务期为2026服务年度，自2026年1月1日起至2026年12月31日止。服务期满本合同自动终止，不自动续期；甲方如需继续采购，依法另行组织采购。

（3）合同价款
①本合同总价为人民币1,080,000元，为固定总价，包含驻场人员、现场服务、备品备件、差旅及税费。
②价款按季度分四期支付，每期270,000元。
③服务期内，乙方每季度对甲方信息中心人员开展一次运维知识培训，协助甲方提升自主运维能力。
④乙方应在合同签订后10个工作日内提交运维服务方案，明确人员分工、巡检计划、备份策略、应急预案和考核配合方式，经甲方确认后执行。

（4）付款方式
①每季度结束后，乙方提交季度运维报告，甲方在10个工作日内完成季度考核，考核合格后15个工作日内支付当季服务费。
②本合同不设预付款。
③季度考核扣减的金额从当季服务费中直接扣除。
④乙方提交的季度运维报告应附工单统计、巡检记录、备份恢复演练记录和问题整改清单，报告内容不实的，甲方有权拒绝考核并要求重新提交。

（5）服务交接
①乙方应在2026年1月1日前完成与原运维单位的交接，包括系统文档、账号权限、运维记录和未关闭问题清单的接收与核对。
②交接完成后，双方签署交接确认书。
③交接期间发现的遗留问题，乙方应列入问题清单，与甲方确认处理计划；因原运维单位原因未能移交的资料，甲方负责协调，不计入乙方逾期。

（6）服务水平
①狱务管理系统各子系统月可用率均不低于99.95%，核心子系统为罪犯信息管理和刑罚执行子系统。
②一级故障（核心子系统不可用）驻场工程师15分钟内响应，2小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障当日响应，3个工作日内解决。
③每季度至少完成一次全量备份恢复演练，恢复数据与原始数据核对一致。
④乙方每月至少对全部服务器、数据库和网络安全设备巡检一次，发现隐患及时报告并提出处理建议；补丁和安全加固须先在测试环境验证，经甲方批准后在夜间或非业务时段实施。
⑤乙方每季度提交运行分析报告，内容包括系统可用率、故障统计、性能趋势、容量预警和改进建议。

（7）考核与扣减
①一级故障响应每超时30分钟，扣减当季服务费2,000元；恢复每超时1小时，扣减3,000元。
②核心子系统月可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元。
③季度考核得分低于80分的，扣减当季服务费的5%。
④乙方每半个服务年度组织一次应急演练，演练方案和总结报告报甲方备案。

（8）验收
①季度考核标准：故障响应和恢复时限达标率、巡检计划完成率、备份恢复演练结果、用户满意度评价，按磋商文件所附考核表评分。
②服务期满后，甲方组织年度验收，标准为四个季度考核均合格、全部运维文档和配置台账完整移交、未关闭问题清单已处理，出具书面验收意见。
③季度考核不合格的，乙方应在10个工作日内提交整改报告，甲方可要求乙方更换不称职的驻场人员。

（9）数据安全
①狱务管理系统中的全部数据属于甲方，乙方仅为履行运维服务接触，不得以任何方式复制、留存或用于其他目的。
②乙方人员须经甲方政审，签署安全承诺书，在甲方指定区域使用专用终端工作，所有操作须通过堡垒机并全程审计；严禁使用移动存储介质，严禁将数据带出监管区域。
③发生数据泄露、篡改等安全事件的，乙方应在30分钟内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方全部损失。
④服务期满或合同解除时，乙方应将全部账号权限交还甲方，由甲方修改口令，乙方专用终端中的运维资料由甲方核查后统一销毁，并由双方签署交接清单。
⑤乙方应每季度组织驻场人员参加数据安全和保密教育，甲方有权对乙方落实数据安全措施的情况进行检查，乙方应予配合。

（10）保密
乙方及其人员对履行本合同中知悉的监管场所布局、罪犯信息及其他工作秘密承担保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。

乙方人员离岗时，应签署离岗保密承诺，并由甲方收回其全部门禁证件和系统账号。

（11）知识产权
运维过程中形成的脚本、配置文档、运行分析报告及为甲方编写的工具程序，知识产权归甲方所有。

运维期间甲方提供的系统源代码、数据库设计资料和技术文档仍归甲方所有，乙方仅在履行本合同所需范围内使用，服务期满后全部交还。

（12）违约责任
①乙方未按期完成服务交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
②乙方驻场人员未经甲方同意擅自更换或缺岗的，每人每日扣减1,500元。
③乙方违约给甲方造成损失的，应赔偿甲方全部损失。

（13）人员管理
①乙方驻场人员须具备相应的专业技术资格，项目经理须具有五项以上同类运维项目经验，名单及资质证明在合同签订后5个工作日内报甲方备案。
②乙方应为驻场人员依法缴纳社会保险，承担人员的工资、福利及安全责任，驻场人员与甲方不构成劳动关系。
③乙方人员应遵守监管场所的出入、通讯、着装等管理规定，违反规定的，甲方有权要求乙方立即更换。

（14）不可抗力
因不可抗力导致不能履行合同的，受影响一方应立即通知对方，并在合理期限内提供证明，双方协商延期履行或部分免除责任。

（15）分包
乙方不得将本合同服务转包或分包。

（16）合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。

（17）法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

（18）其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件、成交通知书为本合同组成部分。

甲方（盖章）：西江省监狱管理局
乙方（盖章）：南昌安衡信息服务有限公司
签订日期：2025年12月
"""

Z05 = """# 禾丰软件订单及质检管理系统软件许可及定制开发合同（标准文本 V3.0）

合同编号：HF-XS-2025-112  
甲方（买方）：眉山川味坊酱腌菜食品有限公司  
乙方（卖方）：成都禾丰软件有限公司

甲方为加强泡菜、酸菜产品从订单到出厂检验的全过程管理，向乙方购买“禾丰订单及质检管理系统”软件使用许可并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 项目内容

1. 乙方向甲方提供禾丰订单及质检管理系统V6标准版软件永久使用许可，包括订单管理、发货管理、原料验收、腌制发酵批次记录、出厂检验、留样管理六个模块，用户数不限。
2. 乙方根据甲方需求，定制开发亚硝酸盐及盐度检测数据采集接口、批次追溯二维码模块、与甲方财务软件的接口。
3. 乙方负责系统安装部署和基础数据初始化。

4. 软件功能以乙方产品说明书及本合同附件《功能清单》为准。附件未列明的功能不属于本合同范围，甲方需要的，由双方另行协商并签订补充协议。
5. 乙方为甲方提供系统管理员培训和操作人员培训各1次，培训地点为甲方厂区，培训人数不超过20人。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 订单及质检管理系统V6软件许可 | 320,000 |
| 2 | 定制开发（检测接口、追溯模块、财务接口） | 260,000 |
| 3 | 安装部署及数据初始化 | 60,000 |
| | 合计 | 640,000 |

合同总价为人民币640,000元（含税）。

以上价格不含服务器、数据库及操作系统软件，由甲方自行采购，甲方应按乙方提供的配置要求准备。

## 第三条 付款方式

1. 合同签订后5个工作日内，甲方支付合同总价的50%，即320,000元。
2. 系统上线运行后5个工作日内，甲方支付合同总价的50%，即320,000元。
3. 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

4. 乙方收到款项后向甲方开具增值税普通发票。甲方要求开具增值税专用发票的，应提供完整的开票信息。
5. 甲方未按约定支付第一期款项的，乙方有权顺延交付期限，直至甲方付清该期款项。

## 第四条 交付

1. 乙方在收到第一期款项后45个工作日内完成软件安装部署和定制开发，具体进度以乙方项目计划为准。
2. 因甲方需求变更、配合不及时或现场条件不具备导致延误的，交付期限相应顺延。

3. 甲方应在乙方进场前准备好服务器、网络环境、操作系统和数据库软件，并指定项目联系人负责需求确认和数据准备。甲方未按时提供上述条件的，乙方不承担延误责任。
4. 定制开发需求以双方确认的《需求确认书》为准。《需求确认书》签署后，甲方提出的需求变更应书面提出，乙方评估工作量后另行报价，交付期限相应调整。
5. 乙方交付的内容包括：软件安装介质、授权文件、用户手册和系统管理员手册。定制开发部分交付可执行程序，不交付源代码。

3. 乙方交付期限为预计期限，乙方将尽合理努力按期交付。
4. 甲方应为乙方实施人员提供必要的办公场所、网络接入和设备使用条件，并安排熟悉业务的人员配合需求调研和系统测试。

## 第五条 验收

1. 系统安装完成并上线运行后，即视为甲方验收合格。
2. 甲方在上线运行后提出的功能调整要求，作为新需求另行报价。

## 第六条 技术支持与维护

1. 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。
2. 一级故障（系统无法登录或订单、质检数据无法保存）乙方在接到甲方报修后8小时内响应；二级故障在2个工作日内响应。
3. 免费维护期满后，甲方如需继续获得技术支持和升级服务，应按乙方届时公布的服务价格标准支付年度维护费，具体费用以乙方报价为准。

4. 乙方有权对软件进行版本升级，升级后的版本可能调整部分功能或操作界面，乙方将在升级前通知甲方。
5. 因甲方操作不当、擅自修改系统、病毒感染、硬件故障或第三方软件原因造成的问题，不属于免费维护范围，乙方可按实际工作量另行收费。
6. 乙方的技术支持以远程方式为主，确需现场服务的，甲方应承担乙方人员的差旅费用。

7. 维护服务的响应时间以乙方工作时间为准，乙方工作时间为工作日9:00至17:30，法定节假日顺延。

## 第七条 知识产权

1. 本合同项下软件产品及定制开发成果（包括检测接口、追溯模块、财务接口程序及其源代码、技术文档）的知识产权均归乙方所有。
2. 甲方仅获得在本企业内部使用上述成果的非独占、不可转让的使用权，不得修改、反向工程或提供给第三方。

## 第八条 数据

1. 甲方在系统中录入的订单、客户和检验数据归甲方所有。
2. 乙方应采取合理的技术措施保护甲方数据安全，包括访问权限控制和定期备份；因乙方过错导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任。
3. 甲方同意，乙方可以对系统运行中产生的数据进行脱敏和汇总处理后，用于乙方产品改进、行业质量分析报告的编制及向其他客户提供的基准比对服务。

4. 甲方应自行做好业务数据的日常备份。因甲方未备份导致数据丢失的，乙方不承担责任。
5. 合同终止后，乙方可继续保存上述脱敏和汇总数据，不负有删除义务。

## 第九条 保密

双方对因履行本合同而知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

本合同附件、乙方报价单和需求确认书中的技术方案、报价信息和乙方产品文档，均属于乙方的商业秘密，甲方不得向第三方提供。

乙方为履行本合同需要访问甲方系统时，甲方应提供必要的账号和远程访问条件。

## 第十条 责任限制

1. 任何情况下，乙方在本合同项下的全部赔偿责任总额不超过合同总价的20%。
2. 乙方不对甲方的间接损失、利润损失、商誉损失或数据恢复费用承担责任。

3. 因不可抗力、网络运营商故障、甲方服务器或网络故障导致系统中断的，乙方不承担责任。

## 第十一条 分包

乙方可根据项目需要，将部分开发、实施或现场服务工作交由其合作伙伴完成，无需另行征得甲方同意。

乙方对其合作伙伴的工作进行统一管理和协调，合作伙伴人员进入甲方厂区的，应遵守甲方的卫生和安全管理规定。

## 第十二条 合同解除

任何一方严重违反本合同，经对方书面催告后15日内仍未改正的，守约方有权解除本合同。

## 第十三条 不可抗力

因自然灾害、政策调整、网络攻击等不能预见、不能避免并不能克服的情况导致一方不能履行本合同的，该方不承担违约责任，但应及时通知对方。

## 第十四条 争议解决

因本合同引起的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

1. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
2. 本合同文本为乙方标准文本，未尽事宜双方可另行签订补充协议。

甲方（盖章）：眉山川味坊酱腌菜食品有限公司  
乙方（盖章）：成都禾丰软件有限公司  
签订日期：2025年　月　日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SLS-FLT-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Savannah Ledger Systems Limited, a company incorporated in Kenya with its registered office at Westlands Road, Nairobi, Kenya (the "Licensor"); and
P:(2) Xiamen Haixing Freight Transport Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Huli District, Xiamen (the "Customer").
P:Background. The Customer operates a fleet of about 420 heavy trucks and three repair workshops in Fujian Province. The Licensor develops FleetWorks, a fleet maintenance and workshop management system used by transport operators in East Africa and Asia. The Customer wishes to license FleetWorks and to engage the Licensor to implement it, and the Licensor is willing to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the FleetWorks server and client programs, version 8, in object code, together with updates supplied under this Agreement.
P:1.2 "Customised Deliverables" means the interfaces, reports, data migration scripts and configuration packages developed by the Licensor specifically for the Customer under Article 3, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's operations, including vehicle, driver, fuel, parts and workshop records.
P:1.4 "Final Acceptance" means the Customer's written acceptance issued under Article 5.
P:1.5 "Support Year" means each consecutive period starting on the day after the Warranty Period ends, or on an anniversary of that day.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers in the Customer's data centre in Xiamen, for one server instance, one standby instance and 60 named users, for the Customer's internal business purposes and those of its subsidiaries.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence survives any termination of this Agreement except termination by the Licensor for non-payment of the licence fees.
H:Article 3 Services
P:3.1 The Licensor shall provide the following services: installation and configuration of the Software; development of interfaces with the Customer's GPS tracking platform, fuel card system and Kingdee finance system; development of twelve management reports; migration of historical maintenance records from the Customer's spreadsheets and old workshop database; and training of key users and administrators.
P:3.2 The Licensor shall deliver a project plan within ten working days after signature. The Software shall be installed within 45 days after signature and the system shall be ready for acceptance testing within 120 days after signature.
P:3.3 Work is performed remotely from Nairobi and on site in Xiamen. The Licensor's consultants on site shall comply with the Customer's site safety rules and working hours.
H:Article 4 Price and Payment
P:4.1 At the Customer's request, all prices are stated and paid in Chinese Yuan (CNY). The price is fixed and includes all taxes, travel and expenses.
TB:Item|Description|Amount (CNY)
TB:1|FleetWorks server licence (one production and one standby instance)|380,000
TB:2|FleetWorks named user licences, 60 users at CNY 8,000|480,000
TB:|Licence Fees subtotal|860,000
TB:3|Implementation, configuration and interfaces|214,000
TB:4|Data migration|58,000
TB:5|Training|28,000
TB:|Contract Price|1,160,000
P:4.2 The Contract Price shall be paid as follows: (a) 10% (CNY 116,000) within 15 days after signature, against the Licensor's invoice; (b) 55% (CNY 638,000) after installation of the Software and completion of the interfaces, which is not acceptance; and (c) 35% (CNY 406,000) within 15 days after Final Acceptance.
P:4.3 Each invoice shall be a valid invoice accepted for the Customer's tax purposes. Payment is made by bank transfer to the account stated in the invoice.
H:Article 5 Acceptance
P:5.1 The Licensor shall carry out acceptance tests under a test plan approved by the Customer. The system passes the tests when: all functions in the approved functional list work; migrated records reconcile with the source data for all vehicles and for a sample of 500 work orders; each interface exchanges data correctly for ten consecutive working days; and report results match the Customer's manual calculations.
P:5.2 After successful tests, the system is used in live operation at all three workshops for 30 days. If no Severity 1 fault occurs in that period, the Customer shall issue Final Acceptance within five working days.
P:5.3 Installation, use in live operation or any payment does not amount to acceptance. If tests fail, the Licensor shall correct the defects and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Software and the Customised Deliverables will perform materially in accordance with their documentation for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct defects, supply updates and provide support free of charge.
P:6.2 Support requests are classified by severity. Severity 1 (the system is down or workshops cannot open or close work orders): response within one hour and workaround or fix within eight hours, at any time. Severity 2 (a major function is impaired): response within two hours and fix within two working days. Severity 3: response within one working day.
P:6.3 For each full hour by which the Licensor exceeds a Severity 1 response or fix time, the Licensor shall credit CNY 800 against the next amount payable to it.
P:6.4 After the Warranty Period, the Customer may order annual support (updates, corrections and help desk) at a fee of 11% of the Licence Fees subtotal, that is CNY 94,600 per Support Year. This fee is fixed for the first three Support Years. Annual support is ordered by the Customer's purchase order for each Support Year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Licensor.
P:7.2 The Customised Deliverables, including their source code, belong to the Customer upon payment. The Customer may use, modify and license them freely. The Licensor shall deliver their source code and documentation at Final Acceptance.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Licensor shall use Customer Data only to perform this Agreement and for no other purpose.
P:8.2 The Licensor shall access the Customer's systems only through the Customer's VPN with individual accounts, shall not copy Customer Data outside the Customer's systems, shall comply with the Personal Information Protection Law and Data Security Law of the PRC when handling driver information, and shall follow the Customer's information security rules.
P:8.3 The Licensor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, and shall cooperate in remedying it. The Licensor is liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law. This obligation continues for three years after this Agreement ends.
H:Article 10 Delay
P:10.1 If the Licensor fails to make the system ready for acceptance testing by the date in Article 3.2 for reasons attributable to it, the Licensor shall pay the Customer delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
H:Article 11 Liability
P:11.1 The total liability of the Licensor under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to breach of Article 8, breach of Article 9, infringement of third-party rights, personal injury or wilful misconduct.
P:11.2 The Licensor shall defend and indemnify the Customer against any claim that the Software or the Customised Deliverables infringe a third party's intellectual property rights.
H:Article 12 Subcontracting
P:12.1 The Licensor shall not subcontract any part of the services without the Customer's prior written consent. The Licensor remains responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 This Agreement takes effect on signature and continues until the services are completed and the Warranty Period has ended.
P:13.2 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach and does not remedy it within 30 days after receiving notice, or if delay damages reach their maximum under Article 10. On such termination the Licensor shall refund the amounts paid for undelivered services.
P:13.3 Either party may terminate if the other party becomes insolvent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Kenya.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration at the Nairobi Centre for International Arbitration under its rules, by a sole arbitrator, seated in Nairobi. The language of the arbitration is English.
H:Article 15 General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly. This Agreement is the entire agreement between the parties and may be amended only in writing. This Agreement is signed in two originals in English, one for each party.
P:Signed for Savannah Ledger Systems Limited: ____________________ Name: Wanjiru Kamau, Managing Director
P:Signed for Xiamen Haixing Freight Transport Co., Ltd.: ____________________ Name: Lin Zhiqiang, General Manager
"""

E02 = """# ORDER FORM

**Order Form No.:** PR-OF-2025-0317
**Provider:** Pearl Route Software Limited, Plot 14 Nile Crescent, Jinja, Uganda
**Customer:** Changsha Xiangyue Snack Foods Distribution Co., Ltd., Yuelu District, Changsha, Hunan, PRC
**Service:** RouteBook field sales and van delivery platform (software as a service)

This Order Form is entered into under, and incorporates, the RouteBook General Terms set out below. If the Order Form and the General Terms conflict, the Order Form prevails.

## 1. Subscription

| Item | Quantity | Unit fee (CNY) | Fee (CNY) |
|---|---|---|---|
| RouteBook Professional, per named user per Subscription Year | 120 users | 1,450 | 174,000 per Subscription Year |
| Subscription Fees for two Subscription Years | | | 348,000 |
| Onboarding (configuration, data import, integration with Customer's ERP, training) | 1 | 36,000 | 36,000 |
| **Total Order Value** | | | **384,000** |

1.1 Subscription Term: two Subscription Years, from 1 December 2025 to 30 November 2027. A "Subscription Year" is each period from 1 December to 30 November of the following calendar year.

1.2 At the Customer's request, all fees are quoted, invoiced and paid in Chinese Yuan (CNY). Fees include all taxes.

1.3 The Customer may add users during the Subscription Term at the unit fee above, pro rata for the remaining part of the Subscription Year.

## 2. Billing

2.1 Subscription Fees are invoiced quarterly in arrears, at CNY 43,500 per quarter.

2.2 The Onboarding fee is invoiced after Onboarding Acceptance under Section 4 of this Order Form.

2.3 No fee is payable before the Service Start Date. The Customer pays each invoice within 30 days after receipt.

## 3. Onboarding

3.1 The Provider shall complete onboarding by 20 November 2025 (the "Onboarding Date"), so that the Service can start on 1 December 2025 (the "Service Start Date").

3.2 Onboarding covers: setting up the Customer's 14 sales territories, 1,860 retail outlets and product catalogue; importing the Customer's customer master data and outstanding orders; integrating RouteBook with the Customer's Yonyou ERP for orders, invoices and stock; and training 120 users and 6 administrators.

3.3 If onboarding is not completed by the Onboarding Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000.

## 4. Onboarding Acceptance

4.1 Onboarding is accepted when: all outlets and products are loaded and reconcile with the Customer's master list; 200 test orders flow from the mobile app to the ERP and back without error; stock figures in RouteBook agree with the ERP at the close of three consecutive working days; and all users have completed training.

4.2 The Customer confirms Onboarding Acceptance in writing within five working days after the Provider shows that the criteria are met. Use of the Service does not by itself mean acceptance.

## 5. Special Conditions

5.1 Customer Data is hosted in Alibaba Cloud data centres in mainland China.

5.2 The integration scripts and ERP mappings developed for the Customer are Custom Deliverables under Section 7 of the General Terms.

Signed for Pearl Route Software Limited: ______________ Name: Grace Nakato, Director

Signed for Changsha Xiangyue Snack Foods Distribution Co., Ltd.: ______________ Name: Zhou Min, General Manager

Date: ______________

# ROUTEBOOK GENERAL TERMS

## 1. Definitions

1.1 "Service" means the RouteBook platform, mobile applications and related documentation, as made available by the Provider over the internet.

1.2 "Customer Data" means all data entered into the Service by or for the Customer, including outlet, customer, order, stock, route and location data, and all data derived from it for the Customer.

1.3 "Custom Deliverables" means scripts, mappings, reports and other materials developed specifically for the Customer.

1.4 "Users" means the Customer's employees and contractors to whom the Customer assigns a named user account.

## 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer and its Users during the Subscription Term in accordance with the documentation.

2.2 The Provider will use commercially reasonable efforts to keep the Service available and to respond to support requests promptly. Support is provided through the in-app help desk and by email during the Provider's business hours.

2.3 The Provider may update the Service from time to time, provided that updates do not materially reduce its functions.

2.4 The Provider shall give the Customer at least 30 days' notice before removing any feature that the Customer uses, and shall offer an equivalent feature or a proportionate reduction of the fees.

2.5 The Provider shall keep the mobile applications compatible with the Android and iOS versions released in the previous three years, and shall publish release notes in Chinese for every update that changes how Users work.

## 3. Customer Responsibilities

3.1 The Customer is responsible for its Users' compliance with these General Terms and for keeping user passwords secure.

3.2 The Customer shall not resell the Service, attempt to reverse engineer it, or use it to store unlawful content.

## 4. Fees and Taxes

4.1 The Customer shall pay the fees in the Order Form. The fees are fixed for the Subscription Term.

4.2 Amounts not paid when due carry interest of 0.02% per day until paid, after written reminder.

4.3 Each party bears its own bank charges. The Provider shall issue invoices that meet the Customer's tax requirements in the PRC, and the Customer may withhold payment of an incorrect invoice until a corrected invoice is received.

4.4 The Customer may ask for a reasonable number of additional reports or configuration changes during the Subscription Term; the Provider shall quote any work that goes beyond configuration before starting it.

## 5. Customer Data and Data Security

5.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Service to the Customer and for no other purpose, and shall not sell, share or analyse it for any other person.

5.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, multi-factor authentication for Provider staff, logging of administrative access and daily backups kept in mainland China.

5.3 The Provider shall comply with the Personal Information Protection Law of the PRC in respect of personal information in Customer Data, including the location data of the Customer's drivers and sales staff.

5.4 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, and shall take all steps needed to contain it. The Provider is liable for all losses, fines and costs caused to the Customer by a security incident resulting from the Provider's breach of this Section.

5.5 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in a standard format and then delete it from the Service.

5.6 The Provider shall give the Customer, once in each Subscription Year, a summary of the results of its most recent independent security assessment and of any corrective actions taken.

## 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business, technical and financial information received under this agreement, and shall use it only for this agreement. This obligation lasts for three years after the end of the Subscription Term.

## 7. Intellectual Property

7.1 The Provider owns the Service and all improvements to it.

7.2 Custom Deliverables belong to the Customer when delivered. The Customer may use, modify and license them without restriction, and the Provider shall deliver them with their source files.

## 8. Subcontracting

8.1 The Provider shall not subcontract any part of its obligations without the Customer's prior written consent, except the hosting of the Service with the cloud provider named in the Order Form.

## 9. Liability

9.1 Each party's total liability under this agreement is limited to 200% of the Total Order Value.

9.2 The limit does not apply to breach of Section 5, breach of Section 6, or wilful misconduct.

9.3 Neither party is liable for indirect or consequential loss, except where it results from a breach of Section 5.

## 10. Term, Renewal and Termination

10.1 The agreement runs for the Subscription Term and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice.

10.3 On termination by the Customer for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

## 11. Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

## 12. General

12.1 Neither party is liable for failure caused by events beyond its reasonable control. Notices shall be given in writing to the addresses in the Order Form. The agreement is written in English and Chinese; both versions are equally valid.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR COLD STORE MONITORING SENSORS
P:Contract No. CDLL-EQ-2025-092
P:Buyer: Chengdu Lianli Cold Chain Logistics Co., Ltd., Shuangliu District, Chengdu, Sichuan, PRC (the "Buyer").
P:Supplier: Kivu Sensing Technologies Ltd, KG 7 Avenue, Kigali, Rwanda (the "Supplier").
P:The Buyer operates a cold store of 24 chambers at its Shuangliu logistics park for frozen and chilled food. Following the Buyer's request for quotation and the Supplier's offer, the parties agree that the Supplier shall supply, install and commission a wireless temperature, humidity and door monitoring system for the site on the terms of this Contract, which is the Buyer's standard form.
H:Section 1 Scope
P:1.1 The Supplier shall supply the equipment and software listed in Section 2, install them in the 24 chambers, the loading dock and the control room, configure alarm rules, connect the system to the Buyer's warehouse management system and train the Buyer's staff.
P:1.2 The system shall record temperature and humidity in every chamber at intervals of one minute, raise alarms by siren, SMS and app message, and keep records that meet the requirements of the national standard for cold chain logistics of food.
P:1.3 Installation shall be carried out without interrupting cold store operations. Work inside chambers below minus 18 degrees Celsius shall follow the Buyer's cold work safety rules.
H:Section 2 Contract Price
P:2.1 At the Buyer's request, the price is stated in Chinese Yuan (CNY). The Contract Price is CNY 590,000, fixed, including taxes, delivery to site, duties and customs clearance, installation and all services in this Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated to plus or minus 0.3 degrees|320|680|217,600
TB:2|Gateway with 4G backup|24|5,400|129,600
TB:3|Door open sensor|96|420|40,320
TB:4|Monitoring server and software licence (perpetual)|1|86,000|86,000
TB:5|Local alarm panel with siren|12|2,150|25,800
TB:|Hardware and Licence Subtotal|||499,320
TB:6|Installation and cabling|1|62,000|62,000
TB:7|Third-party calibration certificates|1|18,680|18,680
TB:8|Training|1|10,000|10,000
TB:|Contract Price|||590,000
H:Section 3 Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 383,500) within 20 working days after all equipment is delivered and installed and the Installation Certificate is signed. The Installation Certificate confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 206,500) within 20 working days after Final Acceptance under Section 5.
P:3.4 Each payment is made against a valid invoice.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within 50 days after signature and complete installation and commissioning within 80 days after signature.
P:4.2 If the Supplier fails to meet either date for reasons attributable to it, the Supplier shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. The Buyer may deduct delay damages from any payment.
P:4.3 The Supplier shall deliver a packing list, certificates of origin and conformity, calibration certificates for each sensor and the operation and maintenance manuals in Chinese or English with the equipment. Equipment shall be new and of the models stated in the Supplier's offer.
P:4.4 The Supplier's installation team shall register at the site office every day, wear the Buyer's site badges and follow the instructions of the Buyer's site safety officer. Hot work and work at height require a permit from the Buyer.
P:4.5 The Supplier shall take back all packaging and waste from the site at its own cost.
H:Section 5 Acceptance
P:5.1 Acceptance tests follow a test plan agreed by the parties. The system passes when: every sensor reads within plus or minus 0.5 degrees of a calibrated reference thermometer in its chamber; every alarm channel reaches the named duty staff within 60 seconds in a test of each chamber; no data is lost during a simulated power cut and network outage of 2 hours; and data reaches the Buyer's warehouse management system correctly.
P:5.2 After successful tests the system runs for 30 days. If no Severity 1 fault occurs, the Buyer issues a Final Acceptance certificate within five working days.
P:5.3 Delivery, installation, use or payment does not amount to acceptance.
H:Section 6 Warranty and After-Sales Support
P:6.1 The Supplier warrants all equipment and software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective items free of charge, including shipping and import costs, and shall recalibrate all sensors once in each warranty year.
P:6.2 Faults are classified by severity. Severity 1 (monitoring or alarms fail for one or more chambers): response within one hour and restoration within six hours, using spare sensors and gateways kept at the site. Severity 2 (a single sensor or function fails): response within eight hours and fix within three working days.
P:6.3 For each full hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 300, which the Buyer may deduct from any payment.
P:6.4 After the warranty period, the Supplier shall offer support for two further years at an annual fee of 8% of the Hardware and Licence Subtotal, that is CNY 39,945.60 per year, fixed. Support after the warranty is ordered by purchase order each year and does not renew automatically.
P:6.5 The Supplier shall train up to 20 of the Buyer's staff in two sessions on the operation of the dashboards, the handling of alarms, the replacement of sensor batteries and the basic checks that the Buyer's own technicians can carry out. Training materials become the Buyer's property.
P:6.6 The Supplier shall keep spare parts for the equipment available for at least seven years after Final Acceptance, and shall give the Buyer at least six months' notice before any model is discontinued, together with a compatible replacement.
H:Section 7 Data
P:7.1 All temperature, humidity, door and alarm records, site layouts and other data produced by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:7.2 The Supplier shall keep the monitoring server inside the Buyer's network, shall access it remotely only with the Buyer's approval for each session, shall not copy data outside the Buyer's systems, and shall apply the security settings agreed with the Buyer's IT department.
P:7.3 The Supplier shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to the system or its data, and is liable for all losses resulting from its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 Embedded firmware and the monitoring software remain the property of the Supplier and are licensed to the Buyer perpetually.
P:8.2 The alarm configurations, dashboards and the interface to the warehouse management system developed for the Buyer belong to the Buyer, which may use, modify and license them freely.
P:8.3 The Supplier warrants that the equipment, firmware and software do not infringe the rights of any third party, and shall defend the Buyer at its own cost against any claim of infringement and pay any damages awarded.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer and stock information, and shall not disclose it without prior written consent, for three years after the end of this Contract.
P:9.2 Each party shall ensure that its employees and subcontractors who receive confidential information are bound by confidentiality obligations no less strict than those in this Section.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors. The Supplier's local installation partner, Chengdu Hanbing Refrigeration Engineering Co., Ltd., is approved by signature of this Contract.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.
P:13.2 Until a dispute is resolved, the parties shall continue to perform their obligations under this Contract that are not in dispute.
H:Section 14 General
P:14.1 Neither party is liable for delay caused by force majeure if it notifies the other party promptly. Amendments must be in writing. This Contract is made in English and Chinese, and both texts are equally valid.
P:For the Buyer: ____________________ For the Supplier: ____________________
"""

E04 = """# MANAGED NETWORK AND SERVICE DESK AGREEMENT

Agreement No. CB-MS-2025-019

**Customer:** Ningbo Yinhai Garments Import & Export Co., Ltd., Haishu District, Ningbo, Zhejiang, PRC ("Customer")

**Provider:** Coral Bay Managed IT Limited, Msasani Peninsula, Dar es Salaam, Tanzania ("Provider")

The Customer has offices in Ningbo, a factory in Yuyao and a sourcing office in Shaoxing, with about 650 staff. The Provider runs a 24x7 remote network operations centre and service desk serving clients in Africa and Asia. The Customer wishes to outsource the monitoring and management of its network and its end-user service desk to the Provider on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means 1 January 2026.

1.3 "Term" means 24 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer that the Provider receives or can access in performing the Services, including network configurations, user directories, tickets, logs and e-mail content.

1.5 "Incident" means an unplanned interruption or reduction in quality of an IT service of the Customer covered by the Services.

## 2. Services

2.1 The Provider shall perform the Services from the Service Commencement Date until the end of the Term in accordance with this Agreement and the service levels in Schedule 2.

2.2 The Provider shall assign a named service manager who shall hold a monthly review with the Customer's IT manager.

2.3 The Customer shall give the Provider remote access to the managed devices through a VPN and shall keep a local contact at each site for hands-on tasks.

## 3. Transition

3.1 Before the Service Commencement Date, the Provider shall complete transition: discovery of all managed devices, installation of monitoring agents and collectors, import of the Customer's asset list, set-up of the ticketing system and Chinese-language service desk, and run books for the top 30 incident types.

3.2 Transition is accepted when: all devices listed in Schedule 1 are monitored and appear on the Provider's dashboard; test alerts for each site reach the service desk and the Customer's IT manager; 20 test tickets have been handled end to end in Chinese; and the run books have been approved by the Customer. The Customer confirms Transition Acceptance in writing.

3.3 If Transition Acceptance is not achieved by 22 December 2025 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay, up to CNY 35,000.

## 4. Charges and Payment

4.1 At the Customer's request, all charges are in Chinese Yuan (CNY) and include taxes. The charges are set out in Schedule 3.

4.2 The Monthly Service Charge is invoiced monthly in arrears, together with the service level report for that month. The Transition Charge is invoiced after Transition Acceptance.

4.3 No charge is payable before the Service Commencement Date. The Customer pays each correct invoice within 30 days.

4.4 The Monthly Service Charge is fixed for the Term.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2. Service credits in Schedule 2 are deducted from the next invoice.

5.2 If the Provider misses the Priority 1 response or restoration target more than three times in a calendar quarter, the Provider shall submit an improvement plan within ten working days.

5.3 The Provider shall give the Customer online access to its ticketing system so that the Customer's IT manager can see the status of every ticket at any time.

5.4 Planned changes to managed devices are made only in change windows agreed with the Customer and only after the Customer's IT manager has approved the change request, except for emergency changes needed to restore a Priority 1 Incident, which the Provider shall report on the next working day.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term the Provider shall return the Customer's configuration backups and ticket history in a standard format.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information received under this Agreement, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This obligation lasts for three years after the end of the Term.

## 8. Intellectual Property

8.1 The Provider's monitoring tools and ticketing platform remain the Provider's property.

8.2 Run books, scripts, network diagrams and reports prepared for the Customer belong to the Customer, which may use, modify and share them freely, including with any future service provider.

## 9. Personnel and Subcontracting

9.1 The Provider shall use suitably qualified staff. Service desk agents serving the Customer shall speak Mandarin Chinese.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

9.3 The Provider shall keep the same service manager and team lead for the whole Term where possible, and shall give the Customer at least 30 days' notice of any planned change of the service manager, together with a handover plan.

9.4 Provider staff shall comply with the Customer's IT policies when using remote access, and the Customer may ask the Provider to remove from the account any individual who does not comply.

9.5 The Provider shall give each new service desk agent a written briefing on the Customer's sites, key users, escalation contacts and business calendar, including the busy export seasons in spring and autumn, before the agent handles the Customer's calls.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges payable over the Term.

10.2 The limit does not apply to breach of Clause 7, personal injury or wilful misconduct.

10.3 Each party shall take reasonable steps to mitigate any loss it suffers as a result of the other party's failure to perform.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 Neither party may terminate this Agreement before the end of the Term, except by written agreement of both parties.

11.3 At the end of the Term, the Provider shall cooperate in good faith with the Customer and any new provider for an orderly handover, including a joint review of open tickets and the transfer of run books and diagrams.

11.4 During the last three months of the Term, the Provider shall give the Customer and any new provider the information reasonably needed to prepare a new contract or to take the Services in house, including device inventories and monthly ticket volumes.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 13. General

13.1 Neither party is liable for failure to perform caused by force majeure, provided it informs the other party promptly. Changes to this Agreement must be in writing.

Signed for the Customer: ______________ Signed for the Provider: ______________

## Schedule 1 - Services and Scope

| Service | Scope | Hours |
|---|---|---|
| Network monitoring | 3 sites, 2 firewalls, 46 switches, 58 wireless access points, 2 internet lines per site | 24x7 |
| Network management | configuration changes, firmware updates, backups of configurations | change windows agreed with Customer |
| Service desk | 650 users, telephone, e-mail and chat, in Chinese | 08:00-20:00 Monday to Saturday (China time) |
| Remote desktop support | Windows and macOS end-user devices, Microsoft 365 accounts | as service desk |
| Reporting | monthly service level report, quarterly review | monthly / quarterly |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Restoration | Service credit |
|---|---|---|---|---|
| Priority 1 | a site or the internet connection of a site is down | 30 minutes | 3 hours | CNY 1,000 per full hour late |
| Priority 2 | a function is degraded for many users | 1 hour | 8 hours | CNY 400 per full hour late |
| Priority 3 | a single user or device is affected | 2 business hours | 2 business days | none |
| Service desk | calls answered | 90% within 60 seconds | - | 2% of the Monthly Service Charge if missed in a month |

Total service credits in a month shall not exceed 20% of the Monthly Service Charge.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time | 56,000 |
| Monthly Service Charge | 24 months x CNY 38,500 | 924,000 |
| Total charges over the Term | | 980,000 |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. AGD-API-2025-061

THIS AGREEMENT is made between:

Abyssinia Geodata PLC, a company registered in Ethiopia, Bole Sub-City, Addis Ababa, Ethiopia ("Abyssinia Geodata"); and

Kunming Yunfeng Coffee Import Co., Ltd., a company registered in the People's Republic of China, Guandu District, Kunming, Yunnan ("Customer").

BACKGROUND

A. Abyssinia Geodata operates the Origin Data API, which delivers weather, harvest, export volume and auction price data for coffee-producing regions in East Africa and South America.

B. Customer imports green coffee and wishes to use the Origin Data API in its purchasing, quality and contract planning systems.

1. DEFINITIONS

1.1 "API" means the Origin Data API and its documentation, as updated from time to time.

1.2 "Customer Data" means all data that Customer or its systems send to the API, including query parameters, purchase lot numbers, supplier names, cupping scores and quantities, and all logs of Customer's queries.

1.3 "Provisioning Date" means 15 January 2026, the date by which Abyssinia Geodata shall make production access and the agreed data feeds available to Customer.

1.4 "Subscription Term" means the period from the Provisioning Date to 14 January 2028.

1.5 "Monthly Quota" means 600,000 API calls in a calendar month.

2. SUBSCRIPTION

2.1 Abyssinia Geodata grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and to use the data received for Customer's internal business, including in reports to its own management and its coffee suppliers.

2.2 The subscription covers the following data feeds: daily weather and rainfall for 38 coffee regions; weekly harvest progress estimates; monthly export volumes by country; and auction and market prices within one business day of publication.

2.3 Customer shall not resell the data as a data product.

3. ONBOARDING AND INTEGRATION

3.1 Abyssinia Geodata shall provide production credentials, test environments and integration support, and shall build two connectors: one to Customer's purchasing system and one to Customer's business intelligence dashboards.

3.2 Onboarding is accepted when: each data feed in clause 2.2 is received in Customer's systems for ten consecutive business days without missing records; historical data from 2018 onwards is loaded and reconciles with Abyssinia Geodata's published totals; and both connectors pass Customer's test cases. Customer confirms Onboarding Acceptance in writing.

3.3 If production access is not available by the Provisioning Date for reasons attributable to Abyssinia Geodata, Abyssinia Geodata shall pay Customer CNY 300 for each day of delay, up to CNY 15,000.

4. FEES AND PAYMENT

4.1 At Customer's request, fees are stated and paid in Chinese Yuan (CNY) and include all taxes.

4.2 Fees:

   Subscription fee: CNY 16,800 per month x 24 months = CNY 403,200
   Onboarding and two connectors (one-time): CNY 21,600
   Total contract value: CNY 424,800
   Usage above the Monthly Quota: CNY 0.02 per call, invoiced monthly in arrears

4.3 The subscription fee is invoiced monthly in arrears. The onboarding fee is invoiced after Onboarding Acceptance. Nothing is payable before the Provisioning Date.

4.4 Customer shall pay correct invoices within 30 days after receipt. Fees are fixed for the Subscription Term.

4.5 Abyssinia Geodata shall send Customer a usage report with each invoice, showing the number of calls per day and per data feed. If Customer is likely to exceed the Monthly Quota, Abyssinia Geodata shall warn Customer by e-mail when 80% of the quota has been used in a month.

4.6 Customer may reduce the number of data feeds at the start of any quarter by written notice, and the subscription fee shall then be reduced in proportion to the list prices in the documentation.

5. SERVICE LEVELS

5.1 Availability. The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five business days in advance and carried out between 00:00 and 04:00 Addis Ababa time.

5.2 Support. Priority 1 incidents (the API is unavailable or returns wrong data for all feeds) shall receive a response within one hour at any time, and a fix or workaround within six hours. Priority 2 incidents (one feed is late or incomplete) shall receive a response within three business hours.

5.3 Data timeliness. Daily feeds are delivered by 07:00 China time. Weekly and monthly feeds are delivered on the dates in the documentation.

5.4 Service credits. If availability in a month falls below the level in clause 5.1, Customer receives a credit of 5% of that month's subscription fee for each 0.1 percentage point below the level, up to half of the monthly fee. If a Priority 1 response is late, Customer receives a credit of CNY 500 for each full hour late. Credits are deducted from the next invoice.

5.5 Abyssinia Geodata shall publish a status page showing the current availability of each data feed, and shall send Customer a monthly service report with availability, incidents, late deliveries and credits due.

5.6 Abyssinia Geodata shall give Customer at least 60 days' notice before changing any API version that Customer uses, and shall keep the previous version running until that notice period ends.

6. CUSTOMER DATA AND DATA SECURITY

6.1 As between the parties, Customer owns Customer Data.

6.2 Abyssinia Geodata shall protect Customer Data with industry-standard security measures, including encryption in transit and at rest, access controls limited to named staff, logging of all access, and yearly penetration tests by an independent firm. Abyssinia Geodata shall notify Customer within 24 hours after becoming aware of any security breach affecting Customer Data, shall cooperate to remedy it, and is responsible for all losses Customer suffers from a breach caused by Abyssinia Geodata's failure to meet this clause.

6.3 Customer grants Abyssinia Geodata a perpetual, royalty-free licence to use Customer Data in aggregated and de-identified form to improve the API, to build price and quality indices, and to include in market statistics offered to other customers. This licence survives the end of this Agreement.

6.4 Abyssinia Geodata shall delete identifiable Customer Data within 60 days after the end of the Subscription Term, except aggregated data under clause 6.3.

6.5 Customer Data sent to the API is processed on servers located in the European Union and in Singapore. Abyssinia Geodata shall not transfer identifiable Customer Data to any other country without Customer's prior written consent.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information disclosed by the other party under this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The API, the data sets and the indices remain the property of Abyssinia Geodata or its licensors.

8.2 The two connectors and the dashboards built for Customer belong to Customer, including their source code, which Abyssinia Geodata shall deliver at Onboarding Acceptance. Customer may use, modify and license them freely.

9. LIMITATION OF LIABILITY

9.1 Each party's total liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by Customer in the 9 months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit, loss of business or indirect loss.

9.3 Clause 9.1 does not apply to Customer's payment obligations, to breach of clause 7, or to wilful misconduct.

9.4 Abyssinia Geodata does not guarantee the accuracy of third-party source data, but shall correct any error in processing or delivery that Customer reports without delay and shall mark corrected records in the API.

10. SUBCONTRACTING

10.1 Abyssinia Geodata shall not subcontract the development of the connectors or the support services without Customer's prior written consent. Hosting with the cloud provider named in the documentation is permitted.

10.2 Abyssinia Geodata shall ensure that its staff who support Customer can communicate in English and are familiar with the coffee trade terms used in Customer's queries and reports.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically. Any renewal requires a written agreement signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.3 On termination by Customer for Abyssinia Geodata's breach, Abyssinia Geodata shall refund any fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

13. GENERAL

13.1 Neither party is liable for failure caused by events beyond its reasonable control. Notices shall be in writing and sent to the addresses above. This Agreement is made in English.

SIGNED for Abyssinia Geodata PLC: ______________ Name: Selamawit Bekele, General Manager

SIGNED for Kunming Yunfeng Coffee Import Co., Ltd.: ______________ Name: Yang Lihua, Purchasing Director
"""

# ----------------------------------------------------------------------------------------------------------------
TARGETS = {
    "z01": ("h499z01_tobacco_retailer_supervision_platform.pdf", "pdf", Z01, "zh"),
    "z02": ("h499z02_pvc_pipe_extrusion_control_retrofit.docx", "docx", Z02, "zh"),
    "z03": ("h499z03_optical_chain_customer_order_saas.txt", "txt", Z03, "zh"),
    "z04": ("h499z04_prison_affairs_system_annual_om.txt", "txt", Z04, "zh"),
    "z05": ("h499z05_pickle_factory_order_qc_supplier_template.md", "md", Z05, "zh"),
    "e01": ("h499e01_fleet_workshop_licence_kenya_vendor.pdf", "pdf", E01, "en"),
    "e02": ("h499e02_route_sales_saas_order_form_uganda_vendor.md", "md", E02, "en"),
    "e03": ("h499e03_cold_store_sensors_rwanda_supplier.docx", "docx", E03, "en"),
    "e04": ("h499e04_managed_network_service_desk_tanzania_provider.md", "md", E04, "en"),
    "e05": ("h499e05_coffee_origin_data_api_ethiopia_vendor.txt", "txt", E05, "en"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# key order as KEYS: avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prep, acc, final, warranty, pwfee, auto, term, sub, law, kind
TERMS = {
    "z01": [99.5, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 10, False, True, False, "PRC", G],
    "z02": [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 28, False, True, False, "PRC", G],
    "z03": [99.95, 0.5, True, "buyer", True, True, False, 600 / 534000 * 100, 150, None, True, None, None, None, True,
            True, False, "PRC", S],
    "z04": [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
            "PRC", S],
    "z05": [None, 8, False, "supplier", True, False, True, None, 20, 50, False, False, 6, None, False, True, True, None,
            G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False, "Kenya", G],
    "e02": [None, None, False, "buyer", True, True, True, 400 / 384000 * 100, 200, None, True, None, None, None, False,
            True, False, "PRC", S],
    "e03": [None, 1, True, "buyer", True, True, True, 0.1, 150, None, True, True, 36, 8, False, True, False, "PRC", G],
    "e04": [None, 0.5, True, "buyer", False, True, True, 700 / 980000 * 100, 150, None, True, None, None, None, False,
            False, False, "PRC", S],
    "e05": [99.95, 1, True, "buyer", True, False, True, 300 / 424800 * 100, 9 / 24 * 100, None, True, None, None, None,
            False, True, False, "PRC", S],
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (True, True, True, False, 2300000), "z02": (True, True, True, False, 1540000),
    "z03": (True, True, None, False, 534000), "z04": (True, True, None, False, 1080000),
    "z05": (True, False, False, True, 640000), "e01": (True, True, True, False, 1160000),
    "e02": (False, True, None, False, 384000), "e03": (True, True, True, False, 590000),
    "e04": (True, True, None, False, 980000), "e05": (True, True, None, False, 424800),
}
# design facts not in the label: fee base (itemised licence / hardware subtotal) and a forum outside mainland China
FEE_BASE = {"z01": 1180000, "z02": 1250000, "z05": 320000, "e01": 860000, "e03": 499320}
FOREIGN_FORUM = {"e01"}
DESIGN = {
    "z01": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
            "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key, lab):
    """Policy §4 as I read it: horizon 5 years from acceptance; purchase + implementation = contract value;
    post-warranty fee for every year after the warranty (partial pro rata) on the itemised fee base."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def rules_of(key, lab):
    """My own reading of policy.md §3 applied to the labels (not project code)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(key, lab)
        if c and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, _, _, lang = TARGETS[key]
    terms = dict(zip(KEYS, TERMS[key]))
    sla, ld, capped, deemed, value = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lab = {"file": name, "language": lang, "category": CATEGORY[key], "expected_terms": terms,
           "expected_extra": extra}
    lab["expected_rules"] = rules_of(key, lab)
    return lab


# ---- threshold figures that must not appear anywhere --------------------------------------------------------------
ZH_D = "一二三四五六七八九十零点百千"
FORBIDDEN = [
    (r"99\.90*(?!\d)", "99.9"),
    (r"(?<![\d.])(?:0\.050*(?!\d)\s*(?:%|％|per\s*cent|percent))", "0.05 %"),
    (r"万分之五(?![" + ZH_D + "])", "万分之五"), (r"千分之零点五", "千分之零点五"), (r"(?<![\d.])0\.5\s*‰", "0.5‰"),
    (r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", "100 %"),
    (r"百分之(?:一)?百(?![" + ZH_D + "])", "百分之百"), (r"(?i)(?<![a-z])one\s*hundred\s*per\s*cent", "one hundred per cent"),
    (r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", "30 %"), (r"百分之三十(?![" + ZH_D + "])", "百分之三十"),
    (r"三成", "三成"), (r"(?i)(?<![a-z])thirty\s*per\s*cent", "thirty per cent"),
    (r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", "15 %"), (r"百分之十五(?![" + ZH_D + "])", "百分之十五"),
    (r"(?i)(?<![a-z])fifteen\s*per\s*cent", "fifteen per cent"),
    (r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", "40 %"), (r"百分之四十(?![" + ZH_D + "])", "百分之四十"),
    (r"四成", "四成"), (r"(?i)(?<![a-z])forty\s*per\s*cent", "forty per cent"),
    (r"(?<![\d.])4\s*(?:个)?\s*小时", "4小时"), (r"(?<![十\d])四\s*(?:个)?\s*小时", "四小时"),
    (r"(?i)(?<![\d.])4\s*-?\s*hours?(?![a-z])", "4 hours"), (r"(?i)(?<![a-z])four\s*-?\s*hours?", "four hours"),
    (r"(?<![\d.])240\s*(?:分钟|minutes?)", "240 minutes"),
    (r"(?<![\d.年])12\s*(?:个)?\s*月", "12个月"), (r"(?<![一二三四五六七八九])十二\s*个?\s*月", "十二个月"),
    (r"(?i)(?<![\d.])12\s*-?\s*months?", "12 months"), (r"(?i)(?<![a-z])twelve\s*-?\s*months?", "twelve months"),
    (r"(?<![\d十])(?:一|1)\s*年", "一年"), (r"(?i)(?<![a-z])one\s*-?\s*years?(?![a-z])", "one year"),
    (r"(?i)(?<![\d.])1\s*-?\s*years?(?![a-z])", "1 year"),
    (r"(?<![\d十])(?:五|5)\s*年", "五年"), (r"(?i)(?<![a-z])five\s*-?\s*years?", "five years"),
    (r"(?i)(?<![\d.])5\s*-?\s*years?(?![a-z])", "5 years"),
    (r"(?i)(?<![\d.])60\s*(?:个)?\s*(?:月|months?)", "60 months"), (r"六十\s*个?\s*月", "六十个月"),
    (r"(?i)(?<![a-z])sixty\s*months", "sixty months"),
]
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十", "三成", "15%", "40%",
            "四成", "4小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "12个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "5年", "五年", "five years", "60 months", "15 per cent", "forty per cent"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "99.98%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "Subscription Year", "130%", "140%", "0.055%", "14小时", "25 years", "2015年", "十五年度",
             "三个服务年度", "2026年12月31日", "112 months", "24 months", "none yet", "Subscription Years"]


def hits(text):
    found = []
    for pat, name in FORBIDDEN:
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = re.search(pat, variant)
            if m:
                found.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
                break
    return found


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path, kind):
    if kind == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: (n, kind) for k, (n, kind, _, _) in TARGETS.items() if kind in ("docx", "pdf")}
    write({k: TARGETS[k][2] for k in built}, built, OUT, wrap_words=True)
    for k, (name, kind, src, lang) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    problems = []
    covered = set()
    for k, (name, kind, src, lang) in TARGETS.items():
        text = read_back(OUT / name, kind)
        for where, t in (("source", src), ("built", text)):
            for h in hits(t):
                problems.append((name, where, h))
        if lang == "zh":
            n_all, n_nows = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n_all <= 3000 and 2750 <= n_nows <= 3000
            print(f"{name}: {n_all} chars ({n_nows} without whitespace) {'OK' if ok else 'OUT OF RANGE'}")
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print(f"{name}: {n} words {'OK' if ok else 'OUT OF RANGE'}")
        if not ok:
            problems.append((name, "length"))
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        for key, th in THRESH.items():
            v = lab["expected_terms"][key]
            assert v is None or v != th, (k, key, v)
        c = tco(k, lab)
        if c:
            assert abs(c[2] - 40) > 2, (k, c)
            print(f"   TCO {c[0]:,.2f}  post-warranty fees {c[1]:,.2f}  share {c[2]:.2f} %")
        print("   rules:", ", ".join(lab["expected_rules"]) or "(none)", "| risk", risk(lab["expected_rules"]))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(label(k)["expected_rules"]) for k in TARGETS]
    assert sorted(mix) == [0, 0, 1, 2, 2, 2, 2, 2, 2, 11], mix
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    main()
