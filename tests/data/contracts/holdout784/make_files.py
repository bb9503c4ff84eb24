"""holdout784: builds the ten draft contracts (.txt/.md written as is; .docx/.pdf through ../word_pdf.py), writes the
.json labels and asserts sums, lengths, threshold avoidance and rule coverage. Run with
/work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市林业局森林碳汇计量监测平台建设项目合同书
P:合同编号：LYJ-TH-2026-031（政府采购）
P:甲方（采购人）：某市林业局
P:乙方（供应商）：青岚生态信息技术有限公司
P:根据政府采购公开招标结果及招标文件、投标文件，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供森林碳汇计量监测平台软件许可（永久使用，不限用户数），并完成以下定制开发：碳汇计量模型配置（按乔木林、竹林、灌木林分类计算生物量与碳储量）、固定样地与临时样地调查数据采集接口、遥感影像变化检测模块、碳汇项目台账及年度报表。
P:1.2 乙方负责平台在甲方政务云的部署、历年森林资源二类调查数据的迁移、与省级林草感知平台的接口联调，以及对甲方业务人员和各林场技术员的培训。
P:1.3 乙方应提供平台用户手册、运维手册、数据字典、接口说明和源代码说明文档各一套，纸质版和电子版各一份。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾陆万捌仟元整（¥1,368,000），为固定总价，含税及全部费用。
P:2.2 分项如下：平台软件许可费¥624,000；定制开发费¥538,000；部署实施及数据迁移费¥158,000；培训费¥48,000。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额履约保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥273,600。
P:3.2 平台通过初步验收后十个工作日内，甲方支付合同总价的45%，即¥615,600。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥478,800。
P:3.4 乙方每次收款前应开具合法有效的增值税发票，甲方按财政国库集中支付程序付款。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后一百二十日内完成部署、定制开发和数据迁移，具备初步验收条件。
P:4.2 乙方应按甲方批准的实施方案推进工作，每两周提交一次进度报告。
P:4.3 乙方应组建项目组，项目经理须具有五年以上林业信息化项目经验，未经甲方同意不得更换。项目组成员应遵守甲方办公和安全管理制度。
P:4.4 甲方应提供部署所需的政务云资源、网络条件和历史数据，并指定专人配合；因甲方原因造成工期延误的，工期相应顺延。
P:4.5 乙方应组织不少于两期集中培训，覆盖市局业务科室和各林场技术员共约八十人，培训后进行考核，确保参训人员能够独立完成样地数据录入、碳储量测算和报表生成。
H:第五条 验收
P:5.1 初步验收标准：样地数据接口连续二十日无错误；按国家林草碳汇计量方法对三个试点林场的测算结果与人工复核结果偏差不超过2%；历史调查数据迁移后逐条比对一致；二百个并发用户时查询响应不超过3秒。
P:5.2 初步验收后平台试运行九十日，期间未出现一级故障，并通过第三方安全测评和等级保护测评，方可组织最终验收。最终验收由甲方组织专家按招标文件技术要求逐项核验并签署验收报告。
P:5.3 平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
P:5.4 验收文档包括测试报告、数据迁移比对报告、试运行报告、第三方测评报告和用户意见，验收所需的测评费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如续购维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥49,920，该价格在质保期满后三年内保持不变。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检，检查系统运行、数据备份和安全补丁情况，并向甲方提交巡检报告。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护经甲方同意后不计入）。
P:7.2 一级故障（平台无法登录或计量功能中断）乙方应在30分钟内响应，2小时内到场或远程处置；二级故障1小时内响应；三级故障于下一个工作日内响应。
P:7.3 响应超时的，每超时一小时扣除服务费¥800；月度可用率每低于约定0.01个百分点扣除¥1,500，从应付款或履约保证金中扣减。
P:7.4 乙方每月向甲方提交服务报告，列明故障处理情况、可用率统计和改进措施。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的计量模型配置、接口程序、报表及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
H:第九条 数据安全
P:9.1 平台中的森林资源调查数据、样地数据、遥感成果及计量结果均属于甲方，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守数据安全法律法规，采取访问控制、加密传输、操作日志审计等措施；远程运维须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方环境。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的损失由乙方全额承担。
P:9.4 合同终止或质保期满时，乙方应交还或销毁其持有的全部甲方数据及其副本，并出具书面确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、林地权属信息和未公开数据负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后五年内有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款利率支付利息。
H:第十二条 分包
P:12.1 乙方不得转包本项目。确需将培训等非主体部分分包的，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权书面通知解除合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
P:13.3 遭遇不可抗力的一方应在五日内书面通知对方并提供证明，双方协商延期履行或部分履行。合同解除后，乙方应配合甲方完成数据和文档的移交，不得以任何理由扣留。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 合同履行期间，双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供任何形式的不正当利益。
P:15.3 双方的通知应以书面形式送达合同首页所列地址，一方地址变更应及时书面通知对方。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：某市林业局　　　　乙方（盖章）：青岚生态信息技术有限公司
P:签订日期：2026年　月　日
"""

Z02 = """T:纸尿裤吸收芯体成型与包装线控制系统改造及维保合同
P:合同编号：HR-ZN-2026-118
P:甲方：福润卫生用品（安徽）有限公司
P:乙方：锐控智能装备工程有限公司
P:甲方拟对二号纸尿裤生产线的吸收芯体成型段及后道包装段进行控制系统改造，乙方同意按本合同约定提供设备、软件及服务。
H:第一条 改造范围
P:1.1 芯体成型段：更换原有PLC和伺服驱动，改造绒毛浆粉碎、高分子吸水树脂（SAP）定量施加和芯体成型鼓的同步控制，实现芯体克重在线闭环调节。
P:1.2 包装段：新增视觉检测系统，对芯体偏移、缺胶、异物和包装袋封口进行在线检测与自动剔除；改造堆叠计数和装袋机的控制程序。
P:1.3 软件：提供控制软件许可及MES接口，开发配方管理、批次追溯和设备综合效率（OEE）看板。
P:1.4 改造须保持原有生产线机械结构不变，新增设备应符合国家电气安全标准，电控柜防护等级不低于IP54。
P:1.5 乙方应提供改造方案、电气原理图、接线图、PLC程序清单、视觉系统参数表、操作手册和维修手册，并在最终验收时移交全部竣工资料。
P:1.6 乙方应为甲方操作工和维修电工各组织两期培训，内容包括设备操作、配方切换、常见故障处理和安全注意事项。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾玖万元整（¥1,790,000），明细见下表。
TB:序号|项目|数量|金额（元）
TB:1|PLC、伺服驱动及电控柜|1套|686,000
TB:2|视觉检测系统（相机、光源、剔除装置）|6工位|312,000
TB:3|HMI触摸屏及工控机|1批|148,000
TB:4|控制软件许可及MES接口软件|1套|236,000
TB:软硬件小计|||1,382,000
TB:5|安装调试（含停线切换）|1项|214,000
TB:6|配方管理与批次追溯定制程序开发|1项|168,000
TB:7|操作及维修培训|1项|26,000
TB:合计|||1,790,000
P:2.2 上述价格为含税固定价格，包括设备、软件、运输、保险、安装、调试、培训及质保期内的全部服务费用。
H:第三条 付款
P:3.1 合同签订后十五日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备到货安装完毕并经甲方签收后，甲方支付合同总价的55%；到货签收不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税专用发票，甲方收到发票后十五个工作日内付款。
P:3.5 甲方付款前，乙方应提交相应阶段的签收单或验收证书复印件。
H:第四条 工期
P:4.1 乙方应在合同签订后九十日内完成供货，并利用甲方安排的停线窗口完成安装切换。停线窗口不超过十日。
P:4.2 乙方未能按期完成的，应增派人员、调整方案，尽快完成改造，并及时向甲方书面说明原因。
P:4.3 乙方应在合同签订后二十日内提交详细改造方案和停线切换计划，经甲方生产部和设备部审核同意后实施。
P:4.4 停线期间，乙方应安排足够人员倒班施工，并与甲方生产计划相衔接，确保切换完成后生产线尽快恢复生产。
P:4.5 甲方负责提供施工所需的水、电、压缩空气和临时存放场地，并指定设备工程师全程配合。
P:4.6 乙方施工人员应遵守甲方的安全生产、洁净车间和消防管理制度，进入生产区域须穿戴洁净服；因乙方人员违规造成的人身伤害或财产损失由乙方负责。
H:第五条 验收
P:5.1 验收标准：生产线以设计速度连续运行七十二小时；芯体克重偏差控制在±3%以内；视觉系统对样件缺陷的检出率不低于99.5%，误剔率不高于0.3%；配方切换时间不超过十五分钟；MES接口数据逐批核对一致。
P:5.2 满足上述标准后试运行三十日，无一级故障的，甲方签署最终验收证书。设备安装、投产使用均不构成验收。
P:5.3 验收时乙方应提交测试记录、试运行报告及全部技术资料，甲方组织生产、质量和设备部门共同验收。验收不合格的，乙方应在十日内整改并重新组织验收，由此增加的费用由乙方承担。
P:5.4 甲方应在乙方提交验收申请后七日内组织验收。
H:第六条 质保及维保
P:6.1 质保期为二十四个月，自最终验收之日起算。质保期内乙方免费维修、更换故障部件和升级软件。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的9%，即每年¥124,380，三年内不上调，维保合同期满不自动续期。
P:6.3 一级故障（整线停机）乙方应在1小时内响应，6小时内到场；二级故障（单工位失效）2小时内响应，次日到场。
P:6.4 乙方响应或到场超时的，每超时一小时向甲方支付¥1,000，从维保费或质保金中扣除。
P:6.5 质保期内乙方每半年对控制系统进行一次预防性巡检，检查电控柜、伺服驱动、相机和光源状态，并提交巡检报告。
P:6.6 乙方应在甲方厂区储备常用备品备件并提供备件清单；质保期满后备件按投标时的价格供应，供应期不少于八年。
P:6.7 质保期内因设备质量问题更换的部件，其质保期自更换之日起重新计算。
H:第七条 知识产权
P:7.1 控制软件标准版本的知识产权归乙方所有，甲方获得永久使用许可。
P:7.2 为甲方定制的PLC程序、配方管理与批次追溯程序及其源代码、电气图纸，知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:7.3 乙方保证其提供的设备和软件不侵犯第三方的知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 生产工艺参数、配方、批次及质量数据属于甲方，乙方仅为履行本合同使用。
P:8.2 乙方远程维护须经甲方审批并通过甲方指定的VPN和堡垒机进行，不得留存数据副本；乙方应防范病毒和恶意程序进入甲方工控网络。
P:8.3 发生数据泄露、篡改或网络安全事件的，乙方应在2小时内通知甲方并配合处置，因乙方原因造成的损失由乙方承担。
P:8.4 乙方交付的工控机和软件应预先进行病毒查杀，并关闭不必要的端口和服务。
H:第九条 保密
P:9.1 双方对对方的技术资料、工艺配方和商业信息负有保密义务，未经书面同意不得向第三方披露，保密期限至合同终止后五年。
P:9.2 乙方人员进入甲方厂区不得拍摄生产线及工艺过程。
P:9.3 乙方对甲方提供的工艺参数仅用于本项目调试，项目完成后应予删除。
H:第十条 分包
P:10.1 乙方可将电气安装、桥架敷设和线缆施工分包给具有相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量负责。
H:第十一条 违约责任
P:11.1 乙方提供的设备或软件不符合约定的，应负责更换或整改，并承担由此产生的费用。
P:11.2 任何一方违反本合同约定给对方造成损失的，应予以赔偿。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同。
P:12.2 因不可抗力致使合同无法履行的，受影响一方应及时通知对方并提供证明，双方可协商延期履行或解除合同。
P:12.3 合同解除的，乙方应退还甲方已付但未交付部分的款项，并配合甲方恢复原有控制系统的运行。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交合肥仲裁委员会仲裁。
P:13.2 仲裁期间，除争议事项外，双方应继续履行本合同的其他条款。
H:第十四条 其他
P:14.1 本合同附件包括改造技术协议、设备清单、验收大纲和培训计划，附件与本合同具有同等效力。
P:14.2 本合同未尽事宜由双方协商签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：　　年　　月　　日
"""

Z03 = """小儿推拿连锁门店预约与会员管理系统服务合同

合同编号：XT-SAAS-2026-045
甲方：童安小儿推拿连锁管理有限公司
乙方：约客云科技有限公司

甲方在华东地区经营四十五家小儿推拿门店，现委托乙方提供线上预约、会员储值与次卡管理、推拿师排班和门店经营分析的云服务（以下简称“本服务”），并完成实施上线。双方订立本合同如下。

一、服务内容
（一）乙方通过其云平台向甲方提供本服务，包括：微信小程序预约、门店收银与会员储值、疗程次卡核销、推拿师排班与提成计算、家长回访提醒、总部经营报表。
（二）实施服务包括：四十五家门店的开通配置、现有会员及储值余额数据迁移、小程序页面按甲方品牌定制、收银设备对接、店长及前台培训。
（三）服务期为两个服务年度，自上线验收合格之日起计算。
（四）乙方应为甲方开通总部、区域和门店三级账号，权限按甲方组织架构配置。
（五）本服务包含平台功能的常规升级；新增或调整功能由乙方在升级前十日通知甲方，影响门店操作的重大变更须征得甲方同意。
（六）平台的服务器、数据库、备份和安全防护由乙方负责运维，甲方无需另行采购软硬件（收银设备除外）。

二、费用
（一）门店订阅费：每店每服务年度人民币5,600元，四十五家门店合计每服务年度252,000元。
（二）总部管理端及数据看板：每服务年度36,000元。
（三）实施费：一次性96,000元。
（四）合同总价：2×（252,000＋36,000）＋96,000＝人民币672,000元。
（五）上述费用已包含短信通知、小程序服务器、数据存储和常规技术支持费用。服务期内甲方新增门店的，双方另行签订补充协议。

三、付款
（一）实施费在上线验收合格后十个工作日内一次付清。
（二）每一服务年度的订阅费按季度结算，于每季度首月十日前支付该季度费用。
（三）乙方收款前应开具增值税专用发票。
（四）甲方逾期付款的，乙方应书面催告，催告后十五日内仍未付款的，乙方可暂停相应门店的服务。

四、上线验收
（一）乙方应在合同签订后六十日内完成全部门店上线。
（二）验收标准：
1. 会员数量、储值余额和剩余次卡逐户核对一致；
2. 小程序预约、改约、取消、排队叫号在全部门店测试通过；
3. 收银与储值扣款连续十个营业日无差错；
4. 提成报表与甲方人工核算结果一致。
5. 推拿师排班与预约时段冲突检查在全部门店测试通过。
6. 会员生日、疗程到期等提醒消息按设定规则准确推送。
（三）满足上述标准后，由甲方出具上线验收单。门店开始使用不视为验收。
（四）上线每延误一日，乙方按每日600元向甲方支付违约金。
（五）乙方应指派项目经理负责实施，编制实施计划，按批次开通门店：首批五家试点门店运行两周无重大问题后，分三批完成其余门店上线。
（六）甲方应指定总部项目联系人，及时提供会员资料、价目表、门店信息和推拿师名单，并组织门店员工参加培训。
（七）乙方应为店长、前台和推拿师分别提供线上课程和现场培训，并提供操作视频和常见问题手册。
（八）实施期间乙方应每周向甲方报送进度，列明已上线门店、遗留问题和下一步计划。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在夜间22:00至次日7:00之间并提前三日通知。
（二）故障分级响应：一级故障（全部门店无法预约或收银）30分钟内响应，2小时内恢复；二级故障（单店或单功能异常）1小时内响应；一般问题下一个工作日内答复。
（三）服务补偿：月度可用率低于约定值的，按低于的幅度返还当月订阅费的5%至20%；一级故障响应超时的，每次返还当月订阅费的2%，从下期费用中抵扣。
（四）乙方每月向甲方提交服务报告，包括可用率、故障记录、工单处理情况和改进计划。
（五）乙方提供每日9:00至21:00的客服热线和在线工单，节假日门店营业期间安排值班人员。
（六）乙方每日对平台数据进行全量备份，备份数据保留不少于三十日，发生数据损坏时应在六小时内完成恢复。
（七）乙方应在每月5日前公布上月可用率统计，甲方有权核查。

六、数据
（一）甲方及其会员的信息、预约记录、储值和消费数据属于甲方。
（二）乙方可对上述数据进行去标识化处理后加以汇总分析，用于编制行业研究报告和改进乙方产品，该等汇总数据的权利归乙方，且不因本合同终止而受影响。
（三）合同终止后三十日内，乙方应按甲方要求导出全部数据并删除平台中的甲方数据。
（四）甲方可随时通过管理端自行导出会员和交易数据。

七、数据安全
（一）本服务数据存储于中国境内，乙方应落实网络安全等级保护第三级要求，对会员手机号、儿童姓名和健康信息加密存储、脱敏展示。
（二）乙方应建立访问控制和日志审计，员工接触甲方数据须经授权。
（三）发生个人信息泄露或安全事件的，乙方应在2小时内通知甲方，协助甲方履行告知和报告义务，因乙方原因造成的损失由乙方承担。
（四）乙方每年至少进行一次渗透测试和数据恢复演练，并向甲方提供测试结果摘要。
（五）儿童健康信息属于敏感个人信息，乙方应仅在甲方授权的范围内处理。

八、保密
乙方对履约中获知的甲方经营数据、价格政策、门店布局和会员信息负有保密义务，未经甲方书面同意不得披露，保密义务在合同终止后继续有效。乙方应与接触甲方数据的员工签订保密协议。

九、知识产权
（一）乙方平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材、报表模板及相应配置，知识产权归甲方所有，甲方可自由使用、修改并交由第三方使用。
（三）乙方保证平台不侵犯第三方知识产权，因此引起的纠纷由乙方负责。
（四）乙方交付定制小程序页面时，应同时提供页面设计源文件。

十、续期
服务期满前三十日任何一方未书面提出不续期的，本合同自动续期一个服务年度。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度费用的8%，以乙方发出的调价通知为准。

十一、分包
乙方不得将本服务转包。实施中需要第三方协助的，须事先取得甲方书面同意。

十二、违约与责任限制
（一）乙方违反数据或保密约定的，应赔偿甲方全部损失。
（二）乙方原因导致会员储值数据错误的，乙方应负责核对更正，并赔偿甲方由此向会员退赔的金额。
（三）除第十二条第（一）项外，乙方在本合同项下的累计赔偿责任以合同总价的150%为限。

十三、解除
（一）一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除合同。
（二）合同解除后，乙方应退还已付但未提供服务部分的费用，并配合数据迁出。
（三）因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失；不可抗力持续超过三十日的，任何一方可解除合同。
（四）合同到期或解除后，乙方应提供不少于三十日的过渡期服务，协助甲方将数据迁移至新的系统。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议提交甲方所在地的苏州仲裁委员会仲裁。
仲裁期间，除争议事项外，双方应继续履行本合同。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。
本合同附件包括服务说明书、实施计划、服务水平说明和价目表。本合同未尽事宜，双方另行协商签订补充协议。双方的通知以书面或电子邮件形式发送至合同载明的联系人。

甲方（盖章）：　　　　　乙方（盖章）：
"""

Z04 = """粮食和储备局军粮供应管理系统年度运维服务合同

合同编号：LCJ-YW-2026-07
甲方：某省粮食和物资储备局
乙方：中粮信联信息技术服务有限公司

根据政府采购竞争性磋商结果，甲方委托乙方对军粮供应管理系统提供年度运维服务，双方订立本合同。

第一条 服务对象与范围
1. 服务对象：军粮供应管理系统，包括军供站库存管理、订单与配送调度、质量检验记录、结算对账、移动端和与省级粮食储备监管平台的数据接口。
2. 服务范围：驻场运维、远程技术支持、定期巡检、系统补丁与安全加固、配合等级保护测评、应急演练、用户培训及运维文档更新。
3. 服务期限：自2027年1月1日起至2027年12月31日止。
4. 服务地点：甲方机房及指定办公场所，必要时赴各军供站现场。
5. 本合同服务对象涉及的软硬件清单详见附件一；服务期内系统新增模块的，乙方应一并纳入运维范围，新增模块规模较大的，双方另行协商。

第二条 服务费用
1. 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括：驻场运维服务费¥312,000（两名驻场工程师）；远程支持与巡检费¥86,000；安全加固与等保测评配合费¥58,000；应急演练与培训费¥30,000。
2. 上述费用为固定价格，服务期内不作调整。

第三条 付款
1. 服务费按季度支付，每季度结束后经甲方考核合格，于次月十五日前支付当季服务费。
2. 季度考核得分低于八十分的，按第六条扣减当季服务费。
3. 本合同不设预付款。
4. 乙方每次收款前应提供合法有效的发票，甲方按财政支付程序办理付款。
5. 服务期内如甲方组织机构调整，服务费用不因此调整。

第四条 服务要求
1. 乙方应在合同生效后十日内完成交接，派驻工程师到岗，建立运维台账。
2. 驻场工程师工作时间为工作日8:30至17:30，节假日和军供保障期间按甲方要求安排值守。
3. 乙方每月提交运维报告，每季度进行一次全面巡检并提交巡检报告，每半年组织一次应急演练。
4. 系统补丁和版本变更应提前提交变更方案，经甲方审批后在维护窗口实施。
5. 交接验收：乙方完成交接后，甲方按以下标准组织验收：运维台账覆盖全部服务器、网络设备、数据库和应用模块；监控告警全部接入并经测试有效；应急预案和值守方案经甲方审定；驻场工程师的资质和政审手续符合磋商文件要求。全部符合的，甲方签署交接验收单；乙方开始提供服务不视为验收合格。
6. 驻场工程师应具备三年以上系统运维经验并持有相关技术认证；乙方更换驻场人员须提前十五日书面报甲方同意，并做好工作交接。
7. 乙方应建立运维工单制度，对每一服务请求登记、分派、处理和回访，工单记录按月提交甲方。
8. 乙方应每日检查服务器、数据库、存储和备份运行状态，每周进行一次备份恢复抽检，发现异常及时处理并报告。
9. 乙方应为驻场工程师配备工作所需的工具，甲方提供办公场地和网络接入。
10. 乙方每半年为甲方及各军供站业务人员组织一次系统操作培训，并根据系统变化更新培训材料。
11. 乙方应对甲方提出的服务改进要求在五个工作日内书面答复并落实。

第五条 服务水平
1. 系统月度可用率不低于99.95%。
2. 一级故障（系统整体中断或订单、配送、结算功能不可用）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障1小时内响应，当日解决；三级故障下一个工作日内解决。
3. 军粮应急保障期间，乙方应安排专人二十四小时值守。
4. 乙方应在汛期、春节及重大保障任务前开展专项检查，提出风险整改建议。
5. 乙方应按月统计系统可用率、故障次数和处理时长，在月度运维报告中列明。

第六条 服务考核与扣款
1. 甲方每季度按服务考核表对乙方评分。
2. 一级故障响应超时的，每次扣减当季服务费¥2,000；月度可用率低于约定值的，每低0.01个百分点扣减¥1,000。
3. 巡检、报告或演练未按期完成的，每项扣减¥1,000。
4. 季度考核内容包括故障响应、问题解决率、巡检和报告、安全管理、用户满意度五项，考核表作为本合同附件。
5. 扣款以当季服务费为限；甲方应在扣款前将考核结果书面告知乙方，乙方可在五个工作日内提出异议。

第七条 数据安全
1. 系统中的军粮库存、供应计划、部队订单、配送路线和结算数据属于甲方，乙方不得用于运维以外的任何用途。
2. 乙方人员须通过甲方政审，签署保密承诺书，仅可在甲方机房内通过堡垒机操作，严禁使用个人移动存储介质，严禁将数据带离甲方场所。
3. 发生数据泄露、丢失或网络安全事件的，乙方应立即报告甲方，最迟不超过1小时，并配合调查处置；因乙方原因造成的损失和后果由乙方承担。
4. 乙方应配合甲方开展网络安全等级保护测评和安全检查，对发现的问题在规定期限内整改。
5. 服务期满或人员离场时，乙方应交回全部账号、密钥和资料，并在甲方监督下清除其设备中的相关数据。
6. 乙方应定期对驻场人员开展安全保密教育，并留存教育记录备查。

第八条 保密
1. 乙方对履约中接触的军粮供应信息、部队驻地与需求信息及甲方工作秘密负有保密义务，未经甲方书面同意不得以任何方式泄露。
2. 保密义务不因合同终止而解除。乙方人员离岗时应交回全部资料并签署离岗保密承诺。
3. 乙方不得在宣传材料或业绩证明中披露本项目的具体内容。

第九条 成果归属
运维过程中形成的运维文档、配置基线、脚本和报告归甲方所有，甲方可自由使用和修改。
乙方应在服务期内持续更新系统架构图、配置清单、应急预案和操作手册，确保与系统实际状况一致。

第十条 分包
乙方不得将本合同项下服务转包或分包。

第十一条 违约责任
1. 乙方未按第四条第1款按时完成交接的，每逾期一日，按合同总价的千分之一支付违约金。
2. 乙方违反第七条、第八条约定的，除承担违约责任外，甲方有权依法追究相关人员责任。
3. 乙方在本合同项下的累计赔偿责任以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。

第十二条 合同的履行与变更
1. 合同履行期间，双方均不得单方解除本合同。乙方出现违约情形的，甲方可按第六条扣减服务费、要求乙方限期整改或更换驻场人员，乙方应继续履行本合同直至服务期满。
2. 合同内容变更须经双方书面确认。
3. 因不可抗力影响服务的，乙方应及时通知甲方，并尽最大努力采取措施保障系统的基本运行。

第十三条 期满
本合同期满即终止，不自动续期。甲方如需继续采购运维服务，应另行组织采购。期满时乙方应完成运维交接，移交全部文档、账号和资料。
期满前六十日，乙方应提交年度运维总结报告，内容包括系统运行情况、主要问题、整改情况和下一年度运维建议。

第十四条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

第十五条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。本合同附件包括服务需求书、服务考核表、驻场人员名单和乙方响应文件。本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：某省粮食和物资储备局
乙方（盖章）：中粮信联信息技术服务有限公司
"""

Z05 = """# 匠迹木作生产追溯系统软件许可及实施合同（乙方标准文本 V3.0）

合同编号：JJ-2026-0716

甲方：茂名市荔韵荔枝木雕工艺品厂

乙方：匠迹数字科技（佛山）有限公司

本合同采用乙方标准文本，甲方购买乙方“匠迹木作生产追溯系统”软件许可及定制开发服务，用于荔枝木原料入库、开料、粗坯雕刻、精修打磨、上漆、质检和出货全过程的跟踪管理。

系统支持每件木雕作品从原木到成品的全过程记录，包括木料产地、开料尺寸、雕刻师傅、精修工时、上漆批次和质检结论，并生成可供消费者扫码查看的作品档案。

## 第一条 产品与服务

1.1 乙方向甲方提供匠迹木作生产追溯系统标准版软件许可（含移动端三十个用户），许可期限为永久。

1.2 定制开发内容：原料木材批次与含水率记录、粗坯雕刻工序派工与计件、精修工序工时统计、每件作品的二维码“一物一码”追溯页面、与甲方电商店铺的订单接口。

1.3 实施服务：系统部署、基础数据导入、工序流程配置和车间人员培训。

1.4 许可范围：甲方可在其位于茂名的生产场所内安装使用本系统，服务器由甲方自备，乙方提供服务器配置建议。移动端用户数超出许可数量的，每增加一个用户按3,000元计收许可费。

1.5 本系统标准功能以乙方产品说明书为准；定制开发内容以双方确认的需求规格说明书为准。需求确认后甲方提出变更的，乙方有权另行收费并顺延工期。

1.6 乙方为甲方提供两次集中培训，每次不超过一日，培训对象为车间主任、质检员和仓管员。

1.7 乙方交付的软件以安装完成的系统及电子版使用手册为准，不提供源代码。

1.8 乙方提供的版本升级仅限于标准功能，定制功能在新版本上的适配由甲方另行付费。

## 第二条 价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产追溯系统标准版软件许可 | 900,000 |
| 2 | 定制开发 | 260,000 |
| 3 | 实施与培训 | 120,000 |
| | 合计 | 1,280,000 |

合同总价为人民币壹佰贰拾捌万元整（¥1,280,000）。

上述价格含增值税，不含服务器、网络设备、扫码枪、标签打印机等硬件，该等硬件由甲方自行采购。本合同价格为乙方给予甲方的优惠价格，甲方不得将价格信息透露给第三方。

## 第三条 付款

3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的60%，即¥768,000。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的剩余部分，即¥512,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务。

3.4 乙方收到款项后开具增值税专用发票。

3.5 甲方应按约定的时间和金额付款，不得以系统存在问题为由拒付或扣减款项。

3.6 甲方要求开具发票的抬头、税号等信息应在合同签订时书面提供。

## 第四条 交付

4.1 乙方在收到首付款后九十日内完成部署和定制开发，具备上线条件。

4.2 因乙方原因延迟上线的，每延迟一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 因甲方未及时提供基础数据、场地或配合人员导致的延迟，工期相应顺延。

4.4 甲方应在合同签订后十五日内提供原料规格、工序清单、计件单价、员工名单等基础资料，并指定专人负责项目配合。

4.5 乙方部署完成后，甲方应在五个工作日内安排车间人员参加培训并开始使用。乙方有权根据项目进展调整实施人员。

4.6 乙方人员赴甲方现场实施期间的差旅费已包含在合同价款内，乙方人员应遵守甲方的厂规厂纪。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线，系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现的问题，由乙方在维护期内按第六条处理，不影响验收结论及付款。

5.3 甲方未在乙方通知后十个工作日内安排上线的，自通知之日起第十一个工作日视为系统已上线运行。

## 第六条 免费维护

6.1 系统上线之日起六个月为免费维护期，乙方提供远程问题解答和缺陷修复。

6.2 一级故障（系统无法登录或全部车间无法扫码报工）乙方在8小时内响应，其他问题在三个工作日内答复。

6.3 维护服务以乙方合理努力为限，响应或修复超时的，乙方不承担扣款、赔偿或违约金责任。

6.4 免费维护期内，乙方提供不超过两次的现场服务，超出部分按每人每日2,000元另行收费。

6.5 因甲方操作不当、擅自修改配置、硬件故障或网络问题导致的问题，不属于免费维护范围。

6.6 乙方的问题答复时间为工作日9:00至18:00，节假日不提供服务。

6.7 甲方报告问题时，应提供问题描述、截图和操作步骤，以便乙方定位。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方应向乙方购买年度技术服务，年度技术服务费为软件许可费的25%，即每年¥225,000。

7.2 甲方未购买年度技术服务的，乙方不再提供升级和问题处理。

7.3 年度技术服务包括远程问题处理、版本升级和每年一次现场巡检。

7.4 甲方在免费维护期满后未续购年度技术服务，之后再行购买的，须补缴中断期间的年度技术服务费。

7.5 年度技术服务费应在每个服务年度开始前一次性支付。

## 第八条 知识产权

8.1 本系统及乙方为本项目开发的全部定制功能、接口程序、追溯页面模板、源代码和文档，知识产权均归乙方所有。

8.2 甲方在许可范围内享有非独占的使用权，不得修改、反编译，不得许可第三方使用。

8.3 甲方不得将本系统或其任何部分用于为第三方提供服务。

## 第九条 数据

9.1 甲方录入系统的生产、订单和客户数据归甲方所有，乙方仅为提供本合同服务使用，不得用于其他目的。

9.2 乙方采取账号权限控制、数据加密和每日备份措施保障数据安全；发生数据泄露的，乙方应在二十四小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。

9.3 甲方应妥善保管系统账号和密码，因甲方账号泄露造成的损失由甲方自行承担。

9.4 合同终止后，乙方保留甲方数据三十日，期满后予以删除；甲方需要导出的，应在此期间提出。

## 第十条 保密

双方对在合作中知悉的对方技术秘密和商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

乙方可将本项目作为成功案例用于市场宣传，但不得披露甲方的具体生产数据。

## 第十一条 违约责任

11.1 任何一方违约的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失承担责任。

11.3 因不可抗力、网络运营商故障、第三方软件缺陷等非乙方原因造成的损失，乙方不承担责任。

## 第十二条 合同解除

一方严重违约，经另一方书面催告后三十日内仍未纠正的，另一方有权解除合同。

合同解除的，乙方已交付的软件许可继续有效，双方按实际完成的工作量结算。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

争议解决期间，甲方应继续履行付款义务。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本标准文本的解释权归乙方。

14.3 双方的通知以电子邮件或微信方式发送至双方指定联系人即视为送达。

14.4 本合同附件包括需求规格说明书、实施计划和培训计划。

14.5 本合同的修改须以书面形式作出，并经双方签字盖章。

甲方（签章）：                乙方（签章）：

日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. MPS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Tianjin Haixin Oilfield Services Co., Ltd., a company established in the People's Republic of China with its registered office in the Binhai New Area, Tianjin (the "Buyer"), and Maysan Petrosoft Company LLC, a company registered in Amarah, Maysan Governorate, Republic of Iraq (the "Vendor").
P:Background: the Buyer plans and supervises maintenance work on well sites and gathering stations for its oilfield clients. It wishes to acquire a perpetual licence to the Vendor's maintenance planning software and to have the software configured, its historical data migrated and its users trained.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's WellPlan maintenance planning suite, version 7, including its planning server, mobile inspection application and reporting engine, together with all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, data migration scripts and related documentation produced by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.4 "Buyer Data" means all data entered into, processed by or generated with the Software in the course of the Buyer's business, including asset registers, inspection records, work orders and client information.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 180 named users and unlimited read-only users, at the Buyer's own sites and on the Buyer's private cloud in mainland China.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer's affiliates may use the Software within the licensed number of users.
P:2.3 The Vendor retains all intellectual property in the Software as supplied to its customers generally.
P:2.4 The Software includes the mobile inspection application for Android and iOS devices, which users may install on company-owned devices.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,540,000 (one million five hundred and forty thousand yuan), inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,120,000; configuration and interface work CNY 286,000; data migration CNY 94,000; training CNY 40,000.
P:3.2 The price is fixed and shall not be adjusted for exchange rate movements or any other reason.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price (CNY 308,000) within 30 days after signature of this Agreement, against the Vendor's invoice and a bank guarantee for the same amount.
P:4.2 The Buyer shall pay 45% of the total price (CNY 693,000) within 30 days after the Software is installed on the Buyer's servers and the installation record is signed. Signature of the installation record is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price (CNY 539,000) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in Chinese yuan to the bank account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver and install the Software within 45 days after signature and complete the configuration, interfaces and data migration within 120 days after signature, in accordance with the project plan approved by the Buyer.
P:5.2 Acceptance testing shall verify that: (a) all functions listed in the functional specification work as described; (b) the migrated asset, inspection and work-order records reconcile record by record with the source systems; (c) the interfaces with the Buyer's ERP and GIS systems exchange data without error for 15 consecutive working days; and (d) the planning server returns standard reports within 3 seconds with 150 concurrent users.
P:5.3 When all criteria are met and the Software has then run in production for 30 days without a Severity 1 fault, the Buyer shall issue a Final Acceptance certificate. Installation, go-live, use of the Software or any payment is not acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect at its cost within 10 working days and the test shall be repeated.
P:5.5 The Vendor shall appoint a project manager who speaks Chinese or works with an interpreter, hold a weekly progress meeting with the Buyer and submit a written progress report every two weeks listing completed tasks, open issues and risks. The Buyer shall provide server resources, network access, historical data extracts and the cooperation of its key users in good time.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:6.2 After the Warranty Period, the Buyer may order annual support. The annual support fee shall be 11% of the Software licence fee (CNY 123,200 per year) and shall not be increased for three years after the Warranty Period ends. Support is ordered year by year and does not renew automatically.
P:6.3 Support is provided by telephone, e-mail and remote session. A Severity 1 fault (the planning server is down, or work orders cannot be issued) shall receive a response within 1 hour and a workaround within 8 hours; a Severity 2 fault shall receive a response within 2 hours; other requests shall be answered on the next working day.
P:6.4 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment or support fee.
H:Article 7 Intellectual Property in Custom Deliverables
P:7.1 The Custom Deliverables, including their source code, belong to the Buyer from the moment they are created. The Buyer may use, modify and license them to third parties freely. The Vendor shall deliver their source code and documentation at Final Acceptance.
P:7.2 The Vendor warrants that the Software and the Custom Deliverables do not infringe any third party's rights and shall indemnify the Buyer against any claim of infringement.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:8.2 The Vendor shall comply with the data security and personal information laws of the People's Republic of China. Remote access by the Vendor requires the Buyer's approval for each session, shall be made through the Buyer's VPN with multi-factor authentication, and shall be logged.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 12 hours of becoming aware of it, shall cooperate in its investigation and remediation, and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and disclose it only to employees who need to know it. This obligation survives termination for five years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to complete the configuration, interfaces and data migration by the date in Article 5.1, it shall pay delay damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price, except for liability under Articles 7.2, 8 and 9, for death or personal injury, and for wilful misconduct, which are not limited.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. The Buyer may also terminate if the delay damages reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the price paid for undelivered work, and the licence for the Software delivered and paid for shall continue.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 60 days, either party may terminate by notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Iraq.
P:14.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be submitted to the competent courts of Amarah, Maysan Governorate.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese. Both versions have equal effect. Notices shall be given in writing to the addresses above.
P:15.2 This Agreement takes effect on signature by both parties and constitutes their entire agreement on its subject.
P:15.3 Annexes: functional specification, project plan and acceptance test plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — MULTILINGUAL SUPPORT DESK SUBSCRIPTION

Order Form No. DQ-OF-2026-0093

**Provider:** Dhi Qar Cloud Desk Company, Al-Habboubi Street, Nasiriyah, Dhi Qar Governorate, Republic of Iraq

**Customer:** Hangzhou Qiaoyun Cross-Border Trade Co., Ltd., Yuhang District, Hangzhou, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service

Provider will provide Customer with access to the Cloud Desk multilingual customer-support platform (the "Service"), including shared inboxes for e-mail, web chat and marketplace messages, ticket routing, a knowledge base, machine translation between Chinese, Arabic, English and Turkish, and reporting dashboards. Customer will use the Service to support buyers of its products in the Middle East and North Africa. The Service includes one sandbox environment for testing and up to 50 GB of attachment storage per Subscription Year.

### A2. Subscription Term

The Subscription Term is two Subscription Years starting on the Go-Live Date stated in the Go-Live Acceptance certificate. A Subscription Year is each consecutive year starting on the Go-Live Date or an anniversary of it. The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Unit | Quantity | Unit price (CNY) | Annual amount (CNY) | Amount for the term (CNY) |
|---|---|---|---|---|---|
| Agent seat subscription | agent per Subscription Year | 110 | 2,200 | 242,000 | 484,000 |
| Arabic and Turkish language pack | per Subscription Year | 1 | 34,000 | 34,000 | 68,000 |
| Onboarding and migration (one-time) | lot | 1 | 54,000 | — | 54,000 |
| **Total** | | | | | **606,000** |

The total fees for the Subscription Term are CNY 606,000, inclusive of VAT. Additional agent seats may be ordered during the term at the same unit price, pro rata.

### A4. Invoicing and Payment

(a) The fees for each Subscription Year are invoiced on the first day of that Subscription Year and are payable within 30 days of the invoice.

(b) The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice.

(c) No amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

(a) Provider will configure the Service, migrate Customer's open and closed tickets for the previous two years and its knowledge-base articles from Customer's current system, connect the marketplace and e-mail channels, and train Customer's agents and supervisors.

(b) Go-Live Acceptance tests will verify that: the number of migrated tickets and articles matches the source export; every channel creates and routes tickets correctly in a test run of 200 messages; translation is available in all four languages; and dashboards report the same figures as a manual count over five working days.

(c) When the tests are passed, Customer will sign a Go-Live Acceptance certificate. Use of the Service before that date is not acceptance.

(d) Provider will complete onboarding within 45 days after signature of this Order Form. If it does not, Provider will pay Customer CNY 400 for each day of delay until Go-Live Acceptance, up to CNY 30,300.

### A6. Contacts

Provider account manager: Mr. Haider Kadhim, haider.k@dhiqar-desk.example. Customer project lead: Ms. Lin Yue, lin.yue@qiaoyun.example. Either party may change its contact by e-mail notice.

## PART B — GENERAL TERMS

### 1. Use of the Service

1.1 Customer may permit its employees and contractors to use the Service for Customer's internal business purposes within the number of agent seats ordered.

1.2 Customer will not resell the Service, attempt to gain unauthorised access to it, or use it to send unlawful or unsolicited messages.

1.3 Customer is responsible for the accuracy of the content its agents send through the Service, for keeping its administrator credentials secure, and for obtaining any consents required from its buyers for their messages to be processed in the Service.

1.4 Customer will give Provider timely access to its current support system, exports of its ticket history and the marketplace accounts needed for onboarding.

### 2. Service Operation and Support

2.1 Provider will use commercially reasonable efforts to keep the Service available and to carry out maintenance outside Customer's business hours where practicable.

2.2 Provider's help desk is available by e-mail and chat from Sunday to Thursday during Provider's business hours. Provider will use reasonable efforts to answer support requests promptly and to correct reproducible errors in a new release.

2.3 Provider may improve and update the Service from time to time, provided that the functions described in A1 are not materially reduced during the Subscription Term.

### 3. Customer Data

3.1 "Customer Data" means all messages, tickets, attachments, contact details of Customer's buyers and other content that Customer or its buyers submit to the Service. Customer Data belongs to Customer.

3.2 Provider will process Customer Data only to provide the Service to Customer and in accordance with Customer's documented instructions, and will not use it for any other purpose, including product development, analytics or training of translation models.

3.3 At the end of the Subscription Term, Provider will make Customer Data available for export in a standard format for 30 days and will then delete it from the Service and its backups within a further 30 days.

3.4 On Customer's request at any time during the Subscription Term, Provider will provide a complete export of Customer Data within five working days.

### 4. Data Security

4.1 Provider will maintain technical and organisational security measures appropriate to the Service, including encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of administrative access, and regular vulnerability scanning.

4.2 Customer Data will be hosted in a data centre in mainland China operated by Provider's hosting partner named in 9.1 under Provider's instructions. Provider will comply with the personal information and data security laws of the People's Republic of China that apply to the Service, including on cross-border transfers.

4.3 Provider will notify Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data, provide the information Customer reasonably needs to meet its legal obligations, and take immediate steps to contain the incident. Provider is responsible for the losses and costs of any such incident caused by its breach of this section.

### 5. Customer Configurations

Workflows, routing rules, macros, templates and knowledge-base structures created by Provider for Customer belong to Customer. Customer may use, modify and give them to any other service provider freely. Provider keeps ownership of the Service itself.

### 6. Warranties

6.1 Provider warrants that the Service will perform materially as described in A1 and that it will perform onboarding with reasonable skill and care.

6.2 If the Service does not perform as warranted, Provider will correct the non-conformity and, if it cannot do so within 30 days, Customer may terminate under section 8 and receive a refund of prepaid fees for the remaining term.

6.3 Provider does not warrant that the Service will be uninterrupted or error-free, or that machine translation will be accurate in every case.

### 7. Liability

7.1 Each party's total liability arising out of this Agreement is limited to 150% of the total fees for the Subscription Term.

7.2 The limit in 7.1 does not apply to Provider's obligations under sections 3 and 4, to fraud or wilful misconduct, or to death or personal injury.

### 8. Termination

8.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after receiving notice of it.

8.2 If Customer terminates under 8.1, Provider will refund the fees paid for the part of the Subscription Term after termination.

### 9. Subcontracting and Assignment

9.1 By signing this Order Form, Customer approves Provider's hosting partner, Shanghai Yunhe Data Centre Co., Ltd. Provider may not subcontract any other part of the Service without Customer's prior written consent, and remains responsible for the acts of its hosting partner and any approved subcontractor.

9.2 Neither party may assign this Agreement without the other party's prior written consent.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 Notices must be in writing and sent by e-mail to the contacts in A6 with a copy by courier.

11.2 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

11.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, war, government action or failures of public networks, provided it notifies the other party promptly.

11.4 If any provision of this Agreement is held invalid, the remaining provisions remain in force.

Signed for Provider: ______________________  Date: __________

Signed for Customer: ______________________  Date: __________
"""

E03 = """T:Supply Contract for Cold-Chain Sensors, Gateways and Monitoring Software
P:Contract No. GZLL-PUR-2026-0219
P:Buyer: Guangzhou Lingleng Cold-Chain Logistics Co., Ltd., Huangpu District, Guangzhou, People's Republic of China
P:Supplier: Diwaniyah Instruments and Telemetry Company, Industrial Zone, Diwaniyah, Al-Qadisiyah Governorate, Republic of Iraq
P:This Contract is issued on the Buyer's standard terms of purchase. The Supplier has reviewed these terms and accepts them for the supply of wireless temperature and humidity sensors, gateways and a monitoring software licence for the Buyer's cold stores and refrigerated vehicles.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's ColdTrace monitoring platform, including its server software, web console, mobile alarm application and data export tools.
P:1.3 "System" means the Equipment and the Software, installed, configured and integrated at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.
P:1.5 "Buyer Data" means all temperature, humidity, location, alarm and user data collected or generated by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 420 wireless sensors for 14 cold rooms and 86 refrigerated vehicles, 36 gateways, and a perpetual licence to the Software for unlimited devices at the Buyer's sites in Guangzhou, Foshan and Dongguan.
P:2.2 The Supplier shall install and calibrate the Equipment, install the Software on the Buyer's servers, integrate the System with the Buyer's warehouse management system and transport management system, and train the Buyer's operators and maintenance staff.
P:2.3 Each sensor shall have a measuring range of -40 °C to +60 °C, an accuracy of ±0.3 °C and a calibration certificate traceable to a national metrology institute.
P:2.4 The Supplier shall supply spare sensors and gateways equal to two per cent of each item at no extra charge, and shall keep spare parts for the Equipment available for at least seven years after Final Acceptance.
P:2.5 Training shall cover system administration, alarm handling, battery replacement and calibration checks, for up to 40 participants in two sessions at the Buyer's Guangzhou office.
H:3. Price
P:3.1 The Contract Price is CNY 1,510,000, inclusive of VAT, delivery to site, import duties, installation and all other costs, as set out below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor with mounting kit|420|1,450|609,000
TB:2|Gateway with 4G and Ethernet backhaul|36|6,800|244,800
TB:3|ColdTrace monitoring software, perpetual licence|1|386,000|386,000
TB:Equipment and Software Subtotal||||1,239,800
TB:4|Installation, calibration and commissioning|1 lot|156,200|156,200
TB:5|Integration with WMS and TMS|1 lot|88,000|88,000
TB:6|Training|1 lot|26,000|26,000
TB:Contract Price||||1,510,000
P:3.2 The Contract Price is fixed for the duration of the Contract.
H:4. Payment
P:4.1 20% of the Contract Price is payable within 20 days after signature of this Contract against the Supplier's advance payment guarantee for the same amount.
P:4.2 45% of the Contract Price is payable within 30 days after delivery and installation of all Equipment, confirmed by the Buyer's delivery receipt. The delivery receipt is not acceptance.
P:4.3 35% of the Contract Price is payable within 30 days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the Buyer's Guangzhou warehouse within 60 days after signature and complete installation and integration within 100 days after signature.
P:5.2 If the Supplier is late in delivery or completion, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:5.3 The Supplier shall pack the Equipment for sea and road transport, mark each package with the Contract number and contents, and bear the risk of loss until delivery to the Buyer's warehouse. Title passes on delivery.
P:5.4 The Supplier is responsible for export formalities, shipping and customs clearance in China, and shall provide packing lists, certificates of origin, radio type approval certificates for the sensors and gateways, and calibration certificates.
P:5.5 The Supplier shall submit an installation plan for each site at least ten days before work starts. Installation in refrigerated vehicles shall be carried out at the Buyer's depots outside operating hours, and installation in cold rooms shall not interrupt storage operations.
H:6. Acceptance
P:6.1 Acceptance tests shall verify that: (a) every sensor reports to the Software at the configured interval of one minute; (b) readings agree with a calibrated reference thermometer within ±0.3 °C at three test points; (c) alarms reach the mobile application within 60 seconds; (d) data gaps caused by the System do not exceed 0.1% of expected readings over a 14-day test run; and (e) temperature records are transferred to the WMS and TMS without error.
P:6.2 When all tests are passed, the Buyer shall sign the Final Acceptance Certificate. Delivery, installation, use of the System or any payment is not acceptance.
P:6.3 If any test fails, the Supplier shall correct the defect at its own cost within 10 days and repeat the test.
P:6.4 Before Final Acceptance the Supplier shall deliver as-built documentation, user and maintenance manuals in Chinese and English, and the calibration record of every sensor.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software against defects in design, materials and workmanship for 24 months after Final Acceptance (the "Warranty Period"), and shall repair or replace defective items and supply software updates free of charge.
P:7.2 During the Warranty Period, sensor batteries that fail before the end of their stated life shall be replaced free of charge.
P:7.3 During the Warranty Period, the Supplier shall recalibrate all sensors once a year at the Buyer's sites at no charge.
P:7.4 After the Warranty Period, the Supplier shall offer annual support at 7.5% of the Equipment and Software Subtotal (CNY 92,985 per year). This fee is fixed for three years after the Warranty Period and may not be increased during that time. Support is ordered by the Buyer year by year and does not renew automatically.
H:8. Service Levels
P:8.1 The Software shall be available at least 99.95% of each calendar month, excluding maintenance agreed in advance with the Buyer.
P:8.2 Faults are classified and handled as follows:
TB:Severity|Description|Response time|Restoration time
TB:Severity 1|Software down, or alarms not delivered for a whole site|30 minutes|6 hours
TB:Severity 2|Failure of a gateway or of alarms for part of a site|2 hours|1 working day
TB:Severity 3|Other faults and questions|1 working day|5 working days
P:8.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 1,200. For each 0.01 percentage point by which monthly availability falls short of clause 8.1, the Supplier shall pay the Buyer CNY 800. These amounts are deducted from the next payment due.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier, subject to the licence granted in clause 2.1.
P:9.2 Interface programs, dashboards, alarm rules and configurations developed for the Buyer, with their source code and documentation, belong to the Buyer, which may use, modify and license them freely.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:10.2 The System shall be hosted on the Buyer's servers. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's VPN, and shall not copy Buyer Data outside the Buyer's systems.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer Data, cooperate in its investigation and bear the losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer names, routes and storage conditions, and shall not disclose it without prior written consent for five years after the end of this Contract.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability under clauses 10 and 11, death or personal injury and wilful misconduct, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if liquidated damages under clause 5.2 reach their maximum.
P:14.2 If the Contract is terminated for the Supplier's breach, the Supplier shall refund payments for Equipment not delivered or not accepted and shall remove such Equipment at its own cost.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
P:15.2 Neither party shall offer or give any improper benefit to the other party's employees in connection with this Contract.
P:15.3 Annexes: technical specification, installation plan template and acceptance test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. BAB-MSA-2026-07

**Customer:** Shanghai Hengtong Engineering Consultants Co., Ltd., Xuhui District, Shanghai, People's Republic of China

**Provider:** Babylon Managed IT Services Company, Al-Imam Street, Hillah, Babil Governorate, Republic of Iraq, acting in China through its Shanghai representative office and delivery team

The Customer runs engineering design offices in Shanghai, Nanjing and Hefei. It wishes to outsource its IT service desk, end-user support, server and network monitoring and patch management to the Provider. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date stated in the Service Commencement Certificate signed by the Customer under Section 4.

1.3 "Term" means the Initial Term and any Renewal Term.

1.4 "Initial Term" means 36 months from the Service Commencement Date.

1.5 "Customer Data" means all data of the Customer, its employees and its clients that the Provider accesses, receives or processes in providing the Services, including design drawings, project files, user accounts and e-mail.

1.6 "Charges" means the charges set out in Schedule 3.

## Section 2 Services

2.1 The Provider shall provide the Services to the Customer's 640 users at the three offices from the Service Commencement Date in accordance with this Agreement and the Schedules.

2.2 The Provider shall appoint a service delivery manager who speaks Chinese, who shall attend a monthly service review with the Customer and provide a monthly report on service levels, incidents, changes and open risks.

2.4 The Provider shall staff the service desk with engineers who speak Chinese and English, and shall keep one engineer on site at the Shanghai office on business days.

2.5 The Provider shall keep the configuration database up to date and review it with the Customer every quarter.

2.3 The Provider shall follow the Customer's change management procedure. No change to production servers or network devices may be made without an approved change request, except in an emergency, where the change shall be reported to the Customer within one working day.

## Section 3 Transition

3.1 During the transition period the Provider shall document the Customer's existing environment, take over the service desk from the Customer's current supplier, set up monitoring tools, and prepare runbooks for all supported systems.

3.2 The Provider shall complete transition and be ready for service commencement within 60 days after signature of this Agreement.

3.3 If the Provider is not ready by that date for reasons within its control, it shall pay the Customer CNY 1,500 for each day of delay until the Service Commencement Date, up to CNY 108,000.

3.4 The Customer shall give the Provider access to its premises, systems and existing documentation during transition, and shall ask its current supplier to cooperate in the handover.

## Section 4 Service Commencement

4.1 Before service commencement, the parties shall jointly verify that: (a) all users, devices and servers are recorded in the configuration database; (b) monitoring alerts for every server and network device reach the Provider's service desk; (c) the service desk has handled test tickets in Chinese and English for every priority; and (d) runbooks for all systems in Schedule 1 have been approved by the Customer.

4.2 When all items are verified, the Customer shall sign the Service Commencement Certificate. Starting work on live tickets before that date is not acceptance of the transition.

## Section 5 Service Levels

5.1 The Provider shall meet the service levels in Schedule 2.

5.2 If a service level is missed in a month, the Provider shall give the Customer the service credit stated in Schedule 2, deducted from the next monthly invoice. Service credits in a month are limited to 20 per cent of the Monthly Charge for that month and are without prejudice to the Customer's other rights.

## Section 6 Charges and Payment

6.1 The Customer shall pay the Charges in Schedule 3.

6.2 The Monthly Charge is invoiced monthly in arrears and is payable within 30 days after receipt of a correct invoice. The transition fee is invoiced after the Service Commencement Date and is payable within 30 days.

6.3 No Charges are payable before the Service Commencement Date.

## Section 7 Customer Data

7.1 Customer Data belongs to the Customer.

7.2 The Provider shall use Customer Data only for the purpose of providing the Services and shall not sell it or use it for any other purpose.

## Section 8 Intellectual Property

8.1 Runbooks, knowledge articles, scripts, reports and configuration records prepared by the Provider for the Customer belong to the Customer, which may use and modify them freely and give them to any successor supplier.

8.2 The Provider's own monitoring and ticketing tools remain the Provider's property. The Customer receives a right to use them during the Term and a copy of all data held in them at the end of the Term.

## Section 9 Confidentiality

9.1 Each party shall keep confidential all information of the other party that is marked confidential or that a reasonable person would consider confidential, including the Customer's project information and the Provider's prices, and shall use it only for this Agreement.

9.2 This Section survives termination for five years.

## Section 10 Term and Renewal

10.1 This Agreement starts on signature and continues for the Initial Term.

10.2 At the end of the Initial Term, this Agreement renews automatically for successive renewal terms of one year each unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

10.3 The Provider may increase the Charges for each Renewal Term by up to 6 per cent by written notice given at least 60 days before the Renewal Term starts.

## Section 11 Liability

11.1 Each party's total liability under this Agreement is limited to 120% of the total Charges for the Initial Term.

11.2 The limit does not apply to breach of Section 9, to death or personal injury, or to fraud or wilful misconduct.

## Section 12 Subcontracting

12.1 The Provider may not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of any approved subcontractor.

## Section 13 Termination

13.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the Provider misses the Priority 1 response time in three consecutive months.

13.2 On termination or expiry, the Provider shall give exit assistance for up to 90 days at the rates in Schedule 3, return all Customer Data and transfer the service desk to the Customer or its new supplier.

13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible.

## Section 14 Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

## Section 15 General

15.1 Notices must be in writing and delivered by hand, courier or e-mail to the addresses above.

15.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English for 640 users | Monday to Friday 8:00–20:00; P1 on call at all times |
| End-user support | On-site support at Shanghai; remote support and dispatch for Nanjing and Hefei; laptop imaging and replacement | Business days |
| Server and network monitoring | 48 servers, 22 switches, 6 firewalls, 3 wireless controllers; alert handling and first-line fixes | At all times |
| Patch management | Monthly patching of servers and laptops within approved windows | Monthly |
| Backup checks | Daily check of backup jobs, quarterly restore test | Daily / quarterly |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response time | Resolution target | Service credit if missed |
|---|---|---|---|---|
| P1 | An office cannot work, or a core design system is down | 30 minutes | 6 hours | 3 per cent of the Monthly Charge per incident |
| P2 | A department or a key user cannot work | 1 hour | 1 business day | 1 per cent of the Monthly Charge per incident |
| P3 | A single user affected, workaround available | 8 business hours | 3 business days | none |
| Customer satisfaction | Monthly survey score of at least 4.5 out of 5 | — | — | 2 per cent of the Monthly Charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One time, after the Service Commencement Date | 72,000 |
| Monthly Charge | 36 months × CNY 58,000 | 2,088,000 |
| Total Charges for the Initial Term | | 2,160,000 |
| Exit assistance and additional work | per engineer-day | 2,400 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. HZD-API-2026-112

BETWEEN

(1) Sichuan Tianfu Agritech Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Wenjiang District, Chengdu ("Customer"); and

(2) Halabja Geodata Company, a company registered in Halabja, Kurdistan Region, Republic of Iraq ("Provider").

RECITALS

Customer advises farms and cooperatives on irrigation, fertiliser and crop protection. Provider operates a platform that produces crop vegetation indices, soil moisture estimates and short-range weather forecasts from satellite and weather-station data and makes them available through an application programming interface. Customer wishes to subscribe to that data and API on the terms below.

1. DEFINITIONS

1.1 "API" means Provider's application programming interface through which the Data is delivered, with its documentation.

1.2 "Data" means the vegetation indices, soil moisture estimates, forecasts and related data products described in Clause 2.

1.3 "Customer Inputs" means the field boundaries, coordinates, crop types, sowing dates, query logs and other information that Customer submits to the API.

1.4 "Subscription Year" means each consecutive year of the Subscription Term, the first starting on the Integration Acceptance Date.

1.5 "Subscription Term" means two Subscription Years.

1.6 "Integration Acceptance Date" means the date on which Customer signs the integration acceptance certificate under Clause 5.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use the Data for Customer's advisory services in mainland China, for up to 60,000 registered fields and 3,000,000 API calls per Subscription Year.

2.2 Customer may show the Data, and reports and maps derived from it, to its own clients as part of its advisory services, but may not resell the raw Data as a data product.

2.3 Provider shall deliver daily updates of vegetation indices at 10-metre resolution, soil moisture estimates every three days, and hourly forecasts for the following seven days for every registered field.

2.4 Provider shall give Customer at least 30 days' notice of any change to the API that is not backward compatible and shall maintain the previous API version for at least 90 days after the change.

2.5 Customer shall keep its API keys secure, use the API within the call allowance and rate limits in the documentation, and notify Provider promptly of any unauthorised use of its keys.

3. FEES

3.1 The Annual Subscription Fee is CNY 348,000 for each Subscription Year.

3.2 The one-time Integration Fee for connecting the API to Customer's advisory platform and setting up Customer's field register is CNY 36,000.

3.3 The total fees for the Subscription Term are CNY 732,000 (2 x CNY 348,000 + CNY 36,000), inclusive of VAT. API calls above the annual allowance are charged at CNY 0.02 per call.

4. INVOICING AND PAYMENT

4.1 The Annual Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice.

4.2 The Integration Fee is invoiced after the Integration Acceptance Date and is payable within 30 days of the invoice.

4.3 Customer pays nothing before the Integration Acceptance Date.

5. INTEGRATION AND ACCEPTANCE

5.1 Provider shall connect the API to Customer's advisory platform, import Customer's field register, and configure the data products within 40 days after signature.

5.2 Acceptance tests shall show that: (a) all registered fields receive each data product at the frequency in Clause 2.3 for ten consecutive days; (b) soil moisture estimates agree with Customer's field probes at 30 reference fields within the tolerance stated in the API documentation; (c) the median API response time stays below 800 milliseconds under a test load of 50 requests per second; and (d) the data appears correctly in Customer's platform.

5.3 When the tests are passed, Customer shall sign an integration acceptance certificate. Test calls and use of the Data before that date are not acceptance.

5.4 If Provider does not complete integration by the date in Clause 5.1 for reasons within its control, it shall pay Customer CNY 500 for each day of delay, up to CNY 36,000.

5.5 Customer shall provide its field register, probe readings for the reference fields and access to a test environment of its advisory platform within ten days after signature.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95 per cent of each calendar month, measured at Provider's API gateway, excluding maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

6.2 Provider shall respond to a Priority 1 incident (the API is unavailable, or a data product has not been updated for more than 24 hours) within 1 hour, and to a Priority 2 incident (degraded performance or partial data) within 3 hours, at all times.

6.3 If monthly availability falls below the level in Clause 6.1, Customer shall receive a credit of 5 per cent of one twelfth of the Annual Subscription Fee for each 0.1 percentage point of shortfall, up to 25 per cent. If a Priority 1 response time is missed, Customer shall receive a credit of CNY 2,000 per incident. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

6.4 Provider shall provide a monthly service report showing availability, incidents, response times and data delivery statistics.

7. CUSTOMER INPUTS AND USE OF DATA

7.1 Customer Inputs belong to Customer. Provider may use Customer Inputs to provide the Data and the API to Customer.

7.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and anonymised form to calibrate and improve Provider's models and to enrich the data products that Provider offers to other customers. This licence survives the end of this Agreement.

8. DATA SECURITY

8.1 Provider shall protect Customer Inputs with encryption in transit and at rest, access control based on least privilege, multi-factor authentication for its staff and logging of all access.

8.2 Customer Inputs relating to fields in China shall be stored on servers in mainland China, and Provider shall comply with the data security laws of the People's Republic of China that apply to them.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Inputs, take immediate steps to contain it, and be responsible for losses caused by its failure to comply with this Clause 8.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including Customer's client list and Provider's model documentation, and shall disclose it only to its employees and advisers who need to know it.

9.2 This obligation continues for three years after the end of the Subscription Term.

10. INTELLECTUAL PROPERTY

10.1 Provider owns the API, its models and the Data.

10.2 Connectors, mapping scripts and report templates developed by Provider for Customer during integration belong to Customer, which may use, modify and license them freely.

10.3 Provider warrants that the Data and the API do not infringe the rights of any third party and shall defend Customer against any such claim at its own cost.

11. SUBCONTRACTORS AND DATA PARTNERS

11.1 Provider may engage subcontractors, hosting providers and data partners to perform any part of this Agreement. Provider shall inform Customer in writing of each new subcontractor at least 14 days before it starts work.

11.2 Provider remains responsible for the performance of its subcontractors.

12. LIABILITY

12.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

12.2 Neither party is liable for loss of profit or indirect loss.

12.3 The limits in this Clause do not apply to fraud, wilful misconduct or death or personal injury.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a written agreement of both parties.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

13.3 On termination by Customer under Clause 13.2, Provider shall refund the prepaid Annual Subscription Fee for the remaining part of the Subscription Year.

13.4 On expiry or termination, Provider shall return Customer Inputs in a standard format on request and then delete them from its systems within 30 days, except as permitted by Clause 7.2.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of this Agreement shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The arbitral award is final and binding.

15. GENERAL

15.1 Notices shall be given in writing in English or Chinese to the addresses above.

15.2 This Agreement is the entire agreement of the parties on its subject matter.

15.3 Neither party is liable for delay caused by events beyond its reasonable control, including natural disasters, war, government action and satellite outages, provided it notifies the other party promptly.

15.4 This Agreement is made in English and Chinese; both versions have equal effect.

SIGNED for Customer: ______________________

SIGNED for Provider: ______________________
"""

# ---------------------------------------------------------------- labels (design) -------------------------------
T = dict  # expected_terms builder keeps the holdout19 key order below
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (file, fmt, lang, category, terms tuple in TERM_KEYS order, extra, tco (base, fee %, warranty months) | None,
#       design rules, risk, price parts)
D = {
 "z01": ("h784z01_forestry_carbon_sink_monitoring_platform.pdf", "zh", "software",
         (99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1368000), (624000, 8, 24), [], "low", [624000, 538000, 158000, 48000]),
 "z02": ("h784z02_diaper_core_packing_line_control_retrofit.docx", "zh", "hardware",
         (None, 1, True, "buyer", True, True, True, None, None, 10, True, True, 24, 9, False, True, True, "PRC", G),
         dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1790000), (1382000, 9, 24), ["CR-LD-MISSING", "CR-SUBCONTRACT"], "high",
         [686000, 312000, 148000, 236000, 214000, 168000, 26000]),
 "z03": ("h784z03_paediatric_tuina_chain_booking_saas.txt", "zh", "cloud",
         (99.5, 0.5, True, "buyer", True, False, True, 600 / 672000 * 100, 150, None, True, None, None, None, True,
          True, False, "PRC", S),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=672000), None,
         ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium", [252000, 36000, 252000, 36000, 96000]),
 "z04": ("h784z04_grain_reserve_military_supply_system_om.txt", "zh", "services",
         (99.95, 0.5, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, False, False, None, S),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000), None,
         ["CR-LIABILITY-CAP", "CR-TERMINATION"], "medium", [312000, 86000, 58000, 30000]),
 "z05": ("h784z05_lychee_woodcarving_tracking_supplier_template.md", "zh", "software",
         (None, 8, False, "supplier", True, True, True, 0.02, None, 60, False, False, 6, 25, False, True, None, None, G),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
              contract_value=1280000), (900000, 25, 6),
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
          "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high", [900000, 260000, 120000]),
 "e01": ("h784e01_oilfield_maintenance_planning_licence_amarah_vendor.pdf", "en", "software",
         (None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Iraq", G),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1540000), (1120000, 11, 18), ["CR-GOVERNING-LAW"], "low", [1120000, 286000, 94000, 40000]),
 "e02": ("h784e02_support_desk_saas_order_form_nasiriyah_vendor.md", "en", "cloud",
         (None, None, False, "buyer", True, True, False, 400 / 606000 * 100, 150, None, True, None, None, None, False,
          True, False, "PRC", S),
         dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=606000), None,
         ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high", [484000, 68000, 54000]),
 "e03": ("h784e03_cold_chain_sensors_monitoring_licence_diwaniyah_supplier.docx", "en", "hardware",
         (99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 7.5, False, True, False, "PRC", G),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1510000), (1239800, 7.5, 24), [], "low", [609000, 244800, 386000, 156200, 88000, 26000]),
 "e04": ("h784e04_engineering_firm_managed_it_services_hillah_provider.md", "en", "services",
         (None, 0.5, True, "buyer", False, True, True, 1500 / 2160000 * 100, 120, None, True, None, None, None, True,
          True, False, "PRC", S),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2160000), None,
         ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"], "high", [72000, 36 * 58000]),
 "e05": ("h784e05_agri_data_api_subscription_halabja_provider.txt", "en", "cloud",
         (99.95, 1, True, "buyer", True, False, True, 500 / 732000 * 100, 6 / 24 * 100, None, True, None, None, None,
          False, True, True, "PRC", S),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=732000), None,
         ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], "medium", [348000, 348000, 36000]),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
       "e05": E05}

# policy §3 thresholds (defaults)
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40)
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(cv, tco):
    base, fee, wm = tco
    years = max(0.0, 5 - wm / 12)
    post = years * base * fee / 100
    return post / (cv + post) * 100


def derive(t, x, tco):
    """My reading of policy §3 applied to a label."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        if tco and tco_share(x["contract_value"], tco) > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------- threshold scan ---------------------------------
NUMZH = "一二三四五六七八九十点"
PATTERNS = [
    r"99\.9(?![0-9])", r"九十九点九(?![" + NUMZH + "])",
    r"(?<![0-9.])4\s*(?:个)?(?:小时|hours?|-hours?|hrs?)", r"(?<!十)四个?小时", r"four[\s-]*hours?",
    r"(?<![0-9.])0\.05(?![0-9])", r"万分之五(?![" + NUMZH + "])", r"千分之零点五", r"(?<![0-9.])0\.5\s*‰",
    r"(?<![0-9.])100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![0-9.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![" + NUMZH + "])", r"thirty\s*per\s*cent",
    r"(?<![0-9.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![" + NUMZH + "])", r"fifteen\s*per\s*cent",
    r"(?<![0-9.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![" + NUMZH + "])", r"forty\s*per\s*cent",
    r"(?<![0-9.])12\s*(?:个月|months?|-months?)", r"十二个月", r"twelve[\s-]*(?:\(12\)\s*)?months?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["4小时内响应", "within 4 hours", "4-hour response", "四小时", "99.9%", "0.05%", "万分之五", "100%",
            "100 per cent", "30%", "30 per cent", "百分之三十", "15%", "百分之十五", "40%", "forty per cent",
            "12个月", "12 months", "十二个月", "twelve months", "12-month", "0.5‰", "four hours"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "0.055%", "0.5%", "130%", "150%", "200%", "115%",
             "140%", "120%", "312 months", "2 months", "36 months", "112 months", "万分之八", "百分之三十五", "CNY 1,540,000",
             "1.4 hours"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
        assert RX.search(re.sub(r"\s+", "", s)), ("must hit, no ws", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))
        assert not RX.search(re.sub(r"\s+", "", s)), ("must miss, no ws", s)


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in D.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    covered = set()
    for k, (name, lang, cat, terms, extra, tco, rules, risk, parts) in D.items():
        path = OUT / name
        if not name.endswith((".docx", ".pdf")):
            path.write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
        t = dict(zip(TERM_KEYS, terms))
        assert sum(parts) == extra["contract_value"], (k, sum(parts))
        # thresholds never hit by a label value
        for key, th in (("availability_pct", "avail"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                        ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"), ("warranty_months", "warranty"),
                        ("post_warranty_fee_pct", "pwf")):
            assert t[key] is None or abs(t[key] - TH[th]) > 1e-9, (k, key)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        else:
            assert "post_warranty_fee_capped" in extra
        if tco:
            sh = tco_share(extra["contract_value"], tco)
            assert abs(sh - TH["tco"]) > 2, (k, sh)
            print("  TCO share %s: %.2f %%" % (k, sh))
        got = derive(t, extra, tco)
        assert got == sorted(rules), (k, got, rules)
        sev = "high" if set(got) & HIGH else ("medium" if set(got) - LOW else "low")
        assert sev == risk, (k, sev, risk)
        covered |= set(got)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": got}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(path)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("  %s %s length %d %s" % (k, lang, n, "ok" if ok else "OUT OF RANGE"))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(variant)
            assert not m, (k, "threshold figure in text", variant[max(0, m.start() - 30):m.end() + 30])
        LEN[k] = n
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert [k for k, v in D.items() if not v[6]] == ["z01", "e03"]
    bad = [k for k in LEN if not (2750 <= LEN[k] <= 3000 if k[0] == "z" else 1450 <= LEN[k] <= 1650)]
    assert not bad, bad
    print("all checks passed; rules covered:", len(covered))


LEN = {}
if __name__ == "__main__":
    main()
