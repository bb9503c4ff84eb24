"""holdout1123: builds the ten held-out drafts and their labels, and asserts lengths, thresholds and rule coverage.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf via ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1123Z01 = """T:校园食品安全监管平台建设项目合同
P:合同编号：JYJ-ZFCG-2027-0318
P:采购人（甲方）：清河市教育局
P:供应商（乙方）：杭州膳安信息科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及清河市政府采购中心组织的公开招标结果（项目编号QHCG-2027-G-046），甲乙双方就校园食品安全监管平台的软件许可及定制开发事宜，订立本合同。本合同采用甲方合同文本，招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供"膳安"校园食品安全监管平台软件许可（市级平台一套，覆盖全市中小学及幼儿园共二百一十六所），许可为永久许可，不限用户数。
P:1.2 乙方在平台基础上为甲方定制开发以下内容：学校食堂端（晨检、留样、消毒、陪餐记录）、大宗食材供应商端（资质、检测报告、配送单）、家长监督端（微信小程序）以及市级监管驾驶舱，并与市场监管部门"阳光厨房"视频系统对接。
P:1.3 乙方负责部署、数据初始化、联调和培训，具体功能及性能要求见附件一《技术需求及功能清单》。
P:1.4 乙方应组建不少于八人的项目团队，其中项目经理一名须具有两个以上同类教育信息化项目的管理经验，开发阶段至少四人驻场。未经甲方书面同意，乙方不得更换项目经理和技术负责人。
P:1.5 平台部署于清河市政务云，甲方负责提供云资源、网络环境和各学校联系人名单，并协调市场监管部门提供接口规范；乙方应在开工前十日提交资源需求清单。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾伍万元整（¥1,550,000），其中：平台软件许可费860,000元；定制开发费540,000元；部署实施费118,000元；培训费32,000元。
P:2.2 上述价款为含税固定总价，包括乙方履行本合同所需的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初验后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按照财政国库集中支付程序付款。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成部署及定制开发，并具备初验条件；初验后进入为期六十日的试运行。
P:4.2 乙方应按周向甲方提交进度报告，重大变更须经甲方书面确认。
P:4.3 乙方应在最终验收前向甲方移交用户手册、运维手册、数据库设计说明、接口文档及全部源代码，并对市、区两级管理员和学校食堂管理员分批开展培训，培训人次不少于四百。
H:第五条 验收
P:5.1 初验：乙方完成全部功能部署后书面申请，甲方组织按附件一逐项测试，所列功能须全部测试通过，性能满足在一千个并发用户下页面响应不超过2秒。
P:5.2 最终验收：试运行期满，系统连续运行无一级故障，二百一十六所学校完成上线并产生真实业务数据，与"阳光厨房"系统的数据对接准确，且通过第三方网络安全等级保护测评（第三级）后，由甲方组织专家进行最终验收并出具验收报告。
P:5.3 系统上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证及售后维护
P:6.1 质保期为自最终验收合格之日起二十四个月，质保期内乙方免费提供软件升级、缺陷修复和技术支持。
P:6.2 质保期内乙方每季度对平台进行一次巡检，提交运行分析报告，并在春、秋季开学前各完成一次专项保障。
P:6.3 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过77,400元），且自质保期满起三年内不上调；维护合同每年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划维护应提前三日通知甲方）。
P:7.2 一级故障（平台无法访问或核心功能中断）乙方应在30分钟内响应、2小时内到场或远程处置；二级故障2小时内响应；三级故障次一工作日内响应。
P:7.3 每年春、秋季开学首周及食品安全专项检查期间，乙方应安排工程师驻场值守。
P:7.4 乙方响应或处置超时的，每超过一小时向甲方支付800元；月度可用率每低于承诺值0.01个百分点，扣减当年维护费或质保金1,000元。
H:第八条 知识产权
P:8.1 平台软件的著作权归乙方所有，甲方依本合同取得永久使用许可。
P:8.2 为甲方定制开发的程序、接口、源代码、数据库设计及相关文档的知识产权归甲方所有，乙方应在最终验收时一并交付源代码；甲方可自行或委托第三方修改和使用。
H:第九条 数据安全
P:9.1 平台中的学校、食堂、供应商、学生及家长数据均属于甲方所有，乙方仅可为履行本合同处理，不得用于任何其他目的，不得留存或向第三方提供。
P:9.2 乙方应落实等级保护第三级要求，对个人信息加密存储、最小授权访问，运维操作须通过甲方堡垒机并全程留痕。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成损失的，由乙方承担全部赔偿责任。
P:9.4 合同终止时，乙方应将全部数据完整移交甲方，并在甲方确认后彻底删除其持有的副本。
H:第十条 保密
P:10.1 双方对履行本合同中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露；本条义务在合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付内容不符合合同约定的，应免费修复或更换，并赔偿甲方因此受到的损失。
P:11.3 乙方提供的投标文件内容存在虚假的，甲方有权解除合同，并依照政府采购相关规定报财政部门处理。
P:11.4 甲方无正当理由逾期付款的，按中国人民银行公布的同期贷款市场报价利率支付利息。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 乙方逾期超过六十日的，甲方可直接解除合同。
P:13.3 合同解除后，乙方应在十日内向甲方移交已完成的开发成果、源代码和全部甲方数据，并协助甲方完成平台迁移，不得以任何理由扣留。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应在五日内书面通知对方并提供证明，双方协商延期或解除合同。
H:第十六条 通知
P:16.1 本合同项下的通知以书面形式送达双方首部所列地址或项目联系人邮箱，送达之日视为通知生效。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。附件一：技术需求及功能清单；附件二：分项报价表；附件三：服务响应承诺书。
P:甲方（盖章）：清河市教育局        乙方（盖章）：杭州膳安信息科技有限公司
P:签订日期：2027年3月18日
"""

H1123Z02 = """T:攻丝机生产线控制系统改造合同
P:合同编号：TS-GZ-2027-021
P:甲方：台州精攻电动工具有限公司（电动攻丝机厂）
P:乙方：宁波恒控自动化工程有限公司
P:甲方为提高电动攻丝机装配线及测试线的自动化水平，委托乙方对其三条生产线的控制系统实施改造。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）改造对象为甲方二号厂房内的两条装配线和一条整机测试线，包括原有继电器控制柜的拆除、新控制系统的安装及调试。
P:（二）乙方提供PLC控制柜、伺服驱动及电机、人机界面、数据采集网关和产线控制软件，并开发工位程序、扭矩测试程序及与甲方MES系统的数据接口。
P:（三）技术参数、工位清单及节拍要求见附件一《改造技术方案》。
P:（四）乙方应在合同生效后十日内完成现场勘察，提交详细设计和停线切换方案，经甲方设备部书面确认后实施。详细设计应包括电气原理图、IO点表、通信架构及安全联锁说明。
P:（五）甲方负责提供改造期间的动力电源、压缩空气、吊装场地及必要的配合人员，并提供原有设备图纸和工艺参数。
H:二、合同价格
P:（一）合同总价为人民币1,500,000元（含税），分项如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含主站及远程IO）|6套|486,000
TB:2|伺服驱动器及伺服电机|48套|352,000
TB:3|人机界面触摸屏|18台|96,000
TB:4|产线数据采集网关|6台|74,000
TB:5|产线控制软件许可（永久）|1套|212,000
TB:软硬件小计|||1,220,000
TB:6|工位程序及MES接口定制开发|1项|168,000
TB:7|安装调试（含旧柜拆除）|1项|94,000
TB:8|操作及维护培训|1项|18,000
TB:合计|||1,500,000
P:（二）上述价格为固定价格，包括设备、软件、运输、保险、安装、调试及培训的全部费用。乙方不得以原材料涨价等理由要求调整价格。
H:三、付款
P:（一）合同生效后十日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的55%；到货签收仅为数量确认，不视为验收。
P:（三）三条生产线通过最终验收后，甲方支付合同总价的35%。
H:四、工期
P:（一）乙方应在合同生效后四十五日内完成设备到货，七十五日内完成全部改造并具备验收条件。
P:（二）改造须利用甲方停产检修窗口分线进行（优先安排在春节及国庆停产期间），每条线停线时间不超过七日，具体安排由双方书面确认。
P:（三）乙方应每周提交进度报告，说明已完成工作、下周计划和存在的问题。因甲方原因造成的延误，工期相应顺延。
P:（四）乙方现场人员应遵守甲方的安全生产和厂区管理制度，动火、登高及带电作业须办理甲方作业许可。因乙方违章作业造成的人身或财产损失由乙方承担。
H:五、验收
P:（一）每条生产线改造完成后连续满负荷运行72小时，单工位节拍不高于9秒，攻丝扭矩检测误差不超过±2%，整机测试数据完整上传至MES系统，方可申请验收。
P:（二）最终验收由甲方生产、设备及质量部门共同进行，按附件一逐项检查，重点检查安全联锁、急停回路、扭矩测试数据的准确性和MES数据接口的完整性，并出具书面验收报告。
P:（三）设备安装、通电或试生产均不视为验收合格。
P:（四）验收不合格的，乙方应在十日内整改并重新提交验收；两次验收仍不合格的，甲方有权退货并解除合同。
P:（五）乙方应在验收时移交电气图纸、程序备份、参数清单、操作手册和维护手册各两套。
P:（六）三条生产线分别通过单线验收后，甲方方可组织最终验收；单线验收记录作为最终验收的依据之一。
H:六、质量保证与维保
P:（一）质保期为最终验收合格之日起二十四个月。质保期内因设备或软件本身原因出现的故障，乙方免费维修或更换。
P:（二）一级故障（生产线停线）乙方应在1小时内响应，6小时内到场；二级故障（单工位停用）在8小时内响应。
P:（三）乙方响应或到场超时的，每超时一小时向甲方支付500元。
P:（四）质保期满后，乙方提供年度维保服务，维保费按软硬件小计的18%每年计取（即每年219,600元），三年内不调整。年度维保包括每半年一次的预防性维护、备件更换、软件升级及7×24小时电话支持，维保合同每年签订，不自动续期。
P:（五）乙方应在甲方厂区存放常用备件，包括伺服驱动器两套、IO模块四块和触摸屏一台，备件费用已含在合同价格中。质保期内备件消耗后，乙方应在五日内补齐。
H:七、违约责任
P:（一）乙方逾期完成改造的，每逾期一日按合同总价的万分之三向甲方支付违约金。
P:（二）因乙方原因造成停线时间超过约定的，乙方应赔偿甲方的直接损失。
P:（三）甲方逾期付款的，按日万分之二向乙方支付利息。
P:（四）乙方提供的设备不符合合同约定的品牌、型号或技术参数的，甲方有权要求更换，更换期间的工期延误按本条第（一）项计算违约金。
H:八、知识产权
P:（一）乙方为本项目定制开发的工位程序、测试程序、MES接口程序及其源代码归甲方所有，甲方可自行修改、使用或委托他人维护。
P:（二）产线控制软件的著作权归原权利人所有，甲方享有永久使用权。
P:（三）乙方保证所提供的设备和软件不侵犯任何第三方的知识产权；因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:九、数据安全与保密
P:（一）生产数据、工艺参数及质量检测数据均属甲方所有，乙方仅可为本项目使用，不得复制、外传或用于其他用途。
P:（二）乙方远程维护须经甲方逐次批准，通过甲方指定的VPN接入并留存操作日志；乙方应采取防病毒、访问控制等安全措施，发生数据泄露或被篡改的，应在2小时内通知甲方，并承担由此造成的损失。
P:（三）双方对在合作中获知的对方技术资料和商业信息负有保密义务，期限为合同终止后三年。
P:（四）乙方不得将甲方的工艺参数、产品图纸和产线布局用于为其他客户提供服务，也不得在宣传材料中使用甲方的名称和现场照片，但经甲方书面同意的除外。
P:（五）合同终止后，乙方应删除其掌握的甲方生产数据副本，并书面确认。
H:十、分包
P:（一）乙方可将现场布线、旧柜拆除等辅助工作分包给第三方，但应提前三个工作日书面告知甲方，并对分包方的工作负责。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同并要求赔偿损失。
P:（二）合同解除的，乙方应在十五日内拆除未验收的设备并恢复原有控制系统的运行，已发生的合理费用由双方据实结算。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交台州仲裁委员会仲裁。
H:十三、不可抗力
P:（一）因不可抗力不能按期履行的，受影响方应及时通知对方，并在十日内提供证明，双方协商调整工期。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，经双方签字盖章后生效。附件与本合同具有同等效力。
P:（二）附件包括：附件一《改造技术方案》、附件二《设备及软件清单》、附件三《停线切换计划》、附件四《验收大纲》。
P:（三）双方联系人：甲方设备部负责人，乙方项目经理。联系人变更应书面通知对方。
P:（四）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：2027年4月9日
"""

H1123Z03 = """预约及会员管理系统软件服务合同

合同编号：NL-SaaS-2027-07
甲方：上海北辰瑞典语培训有限公司
乙方：苏州约课云信息技术有限公司

甲方在全国经营四十家瑞典语培训门店，现采购乙方的预约排课及会员管理云服务（以下简称"本服务"）及相应的实施服务。双方订立本合同如下。

一、服务内容
（一）乙方通过其云平台向甲方提供以下功能：
1. 课程预约与排课：学员通过微信小程序预约试听课、小班课和一对一课程，门店按教师和教室排课；
2. 会员管理：会员卡、课时包、积分、续费提醒及会员等级；
3. 门店管理：四十家门店的教师考勤、教室使用率和课消统计；
4. 经营报表：总部驾驶舱、门店排名及营收分析。
（二）实施服务：乙方负责系统配置、小程序品牌页面定制、历史学员及课时数据迁移、与甲方财务系统的对接，并为门店店长和前台人员提供培训。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算。
（四）乙方为甲方指派一名专属客户成功经理，负责需求对接、版本更新说明、季度使用情况回顾和门店问题的协调处理。
（五）服务期内乙方对云平台进行的常规版本升级不另行收费，升级前应提前七日通知甲方并说明变更内容；可能影响门店营业的升级应安排在每日22:00以后进行。

二、费用
（一）订阅费按门店计收，每家门店每个服务年度4,200元，四十家门店每个服务年度合计168,000元，两个服务年度合计336,000元。
（二）实施费58,000元，培训费12,000元，均为一次性费用。
（三）合同总价为人民币406,000元（含税）。
（四）服务期内甲方新增门店的，按每店每服务年度4,200元的单价另行计费，不足一个服务年度的按月折算。

三、付款
（一）实施费和培训费在系统上线验收合格后十五个工作日内支付。
（二）每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（三）乙方应在付款前开具增值税专用发票。
（四）服务期内门店闭店的，甲方可在下一个服务年度开始前书面减少计费门店数量，下一个服务年度的订阅费按实际门店数计收。

四、上线与验收
（一）乙方应在合同签订后四十日内完成配置、数据迁移及财务对接，并申请上线验收。
（二）验收标准：
1. 附件一功能清单逐项测试通过；
2. 历史学员、课时余额及积分数据迁移后与原系统逐条核对一致；
3. 小程序在二百人同时预约时响应时间不超过2秒；
4. 与财务系统的收款数据连续七日对账无差异。
（三）验收合格后双方签署上线验收单；未经验收，甲方使用系统不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新申请验收。
（五）上线前乙方应分区域对四十家门店的店长和前台人员进行培训，每家门店至少两人参加并通过操作考核，同时向甲方提交操作手册和常见问题手册。

五、服务水平
（一）本服务月度可用率不低于99.5%，按每月实际可用分钟数计算，乙方提前通知的计划维护不计入不可用时间。
（二）故障分级：
1. 一级故障（全部门店无法预约或收款）：1小时内响应，6小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，次日内恢复；
3. 三级故障（一般咨询或优化建议）：两个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，按未达标幅度抵扣当月对应订阅费，每低于承诺值0.5个百分点抵扣当月订阅费的5%；一级故障响应超时的，每次扣减1,000元。

六、数据安全
（一）乙方应将甲方数据存储于中国境内的数据中心，采取加密传输与存储、权限分级、操作日志留存等措施，并每日备份。
（二）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合调查并承担因其原因造成的损失。
（三）乙方处理学员个人信息应遵守《中华人民共和国个人信息保护法》，仅在甲方授权范围内处理；乙方员工访问甲方数据须经审批并留存记录。
（四）乙方每年至少进行一次渗透测试，并向甲方提供测试结论摘要；发现高危漏洞的，应在七日内完成修复。
（五）甲方数据的备份至少保留三十日，备份数据与生产数据应存放于不同的机房。

七、数据权属
（一）甲方的学员信息、课程记录、会员及交易数据归甲方所有。
（二）乙方有权对甲方数据进行去标识化处理后，用于乙方的行业分析报告、产品改进及算法训练，上述使用在合同终止后仍可继续。
（三）合同终止后三十日内，乙方应向甲方提供全部数据的导出文件，并在甲方确认后删除甲方数据。

八、保密
双方对履行本合同过程中知悉的对方商业秘密及非公开信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。

九、知识产权
（一）云平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序品牌页面、报表模板及财务接口程序的知识产权归甲方所有，甲方可自由使用和修改。

十、违约责任
（一）乙方未能在约定期限内申请上线验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据安全义务的，应赔偿甲方的全部损失。
（三）因乙方原因导致门店无法预约或收款，影响甲方正常营业的，除按第五条抵扣费用外，乙方还应赔偿甲方因此退还学员的课时费用。
（四）甲方逾期支付订阅费超过三十日的，乙方可书面催告，催告后十五日内仍未支付的，乙方可暂停服务，但应提前三日通知甲方。

十一、续期
服务期满前三十日双方均未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。乙方有权根据市场情况调整续期的订阅费单价，并在续期前以书面或系统公告方式通知甲方。

十二、分包
乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，须事先取得甲方书面同意。

十三、合同解除
乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还未履行部分的费用。连续两个月月度可用率未达到承诺值的，视为乙方严重违约。合同解除或终止后，乙方应按第七条第（三）项向甲方提供数据导出文件，并在过渡期内维持系统只读访问三十日。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，由甲方所在地人民法院管辖。

十五、甲方义务
（一）甲方应指定项目联系人，及时提供门店信息、课程体系、历史数据及财务系统接口资料。
（二）甲方应妥善保管系统账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应组织门店按照乙方提供的操作规范使用系统，并在发现故障时通过工单系统或客服热线及时报告。
（四）甲方应确保其向乙方提供的学员个人信息已依法取得学员或其监护人的授权。

十六、不可抗力
因不可抗力导致一方不能履行本合同的，该方应及时通知对方并在合理期限内提供证明，受影响的义务在不可抗力持续期间中止履行。

十七、通知
本合同项下的通知以书面形式发送至双方指定的联系人及电子邮箱，电子邮件发出后一个工作日视为送达。

十八、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：门店清单。

甲方（盖章）：                  乙方（盖章）：
签订日期：2027年5月6日
"""

H1123Z04 = """锅炉房监控系统年度运维服务合同

项目名称：市城管局供热锅炉房监控系统2027年度运维服务
采购方式：竞争性磋商（项目编号：CGJ-CS-2027-011）
采购人（甲方）：江源市城市管理局
供应商（乙方）：江源市热联智控技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就锅炉房监控系统年度运维服务达成如下协议。

第一条 服务范围
1.1 运维对象为甲方所辖十四座供热锅炉房的监控系统，包括监控中心平台软件、现场PLC及采集终端三百二十个、温度压力液位传感器、视频监控点一百零六路、通信链路及监控中心服务器。
1.2 服务内容包括：日常巡检、故障处理、软件缺陷修复、数据备份、传感器校准、供暖季保障值守及年度系统健康评估。
1.3 服务期自2027年1月1日起至2027年12月31日止。供暖季（1月1日至3月15日、11月1日至12月31日）实行监控中心7×24小时值守。
1.4 乙方应组建不少于九人的运维团队，其中项目负责人一名、监控中心值守人员四名、现场工程师四名，现场工程师须持有电工作业证。人员名单报甲方备案，更换人员须提前五日书面报告甲方。
1.5 甲方负责提供监控中心的办公场所、运维审计系统账号和锅炉房出入许可，并指定一名联系人负责日常协调。

第二条 服务费用及支付
2.1 年度运维服务费为人民币386,000元（含税），包含人工、备品备件、校准、交通及税费。
2.2 服务费按季度支付，每季度96,500元。每季度结束后，甲方根据季度考核结果于十五个工作日内支付当季服务费。
2.3 季度考核得分低于八十分的，按考核办法扣减当季服务费。乙方请款时应同时提交当季巡检记录和考核确认单。

第三条 服务标准
3.1 巡检：供暖季每周对每座锅炉房现场巡检一次，非供暖季每月一次，巡检记录当日上传运维平台。
3.2 故障分级及响应：
（1）一级故障：监控中心平台瘫痪、锅炉超温超压报警失效或三座以上锅炉房数据中断，乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；
（2）二级故障：单座锅炉房数据中断或视频大面积离线，1小时内响应，8小时内恢复；
（3）三级故障：单点传感器或单路视频异常，2个工作日内处理完毕。
3.3 传感器校准：压力和温度传感器每年校准一次，校准须由具备资质的计量机构出具证书。
3.4 数据备份：平台数据每日增量备份、每周全量备份，备份介质存放于甲方指定地点。
3.5 供暖季开始前三十日，乙方应完成全部锅炉房监控系统的专项检查，包括报警联动测试、通信链路测试和不间断电源放电测试，并向甲方提交检查报告。
3.6 乙方应每月向甲方提交运维月报，内容包括巡检情况、故障统计、处理结果、遗留问题和改进建议。
3.7 乙方应对监控中心平台的操作系统和数据库每季度进行一次安全补丁评估，经甲方同意后实施更新，更新前须完成全量备份。
3.8 乙方应在监控中心配备常用备件，包括采集终端模块、传感器和交换机，保证一级故障不因备件短缺而延误恢复。

第四条 考核与验收
4.1 甲方按季度对乙方进行考核，考核内容包括巡检完成率、故障响应及时率、故障恢复时间、备份完整性和值守记录，考核办法见附件二。
4.2 季度考核由甲方设施科组织，乙方项目负责人参加，考核结果以书面形式通知乙方；乙方对考核结果有异议的，可在五日内提出复核申请。
4.3 服务期满后十五日内，乙方提交年度运维总结报告、巡检记录、故障处理记录、校准证书及系统健康评估报告，甲方组织验收；全年四个季度考核均合格且资料齐全的，方为验收合格。

第五条 服务质量扣款
5.1 一级故障响应或到场每超时一小时，扣减服务费1,000元；二级故障每超时一小时，扣减500元。
5.2 漏检一次扣减2,000元。
5.3 供暖季值守期间监控中心无人值守的，每发现一次扣减3,000元。
5.4 因乙方原因导致同一锅炉房同一类故障在三十日内重复发生三次以上的，每次另行扣减1,000元，并由乙方提交根本原因分析报告。

第六条 违约责任
6.1 乙方未按本合同约定的时间完成巡检、校准或年度评估的，每逾期一日按年度服务费的千分之一向甲方支付违约金。
6.2 因乙方未及时处理报警导致甲方设备损坏或供热事故的，乙方应赔偿甲方直接损失。
6.3 乙方人员在锅炉房作业时应遵守甲方安全管理规定，特种设备相关操作须由持证人员进行；因乙方违规作业造成人身伤害或财产损失的，由乙方承担责任。
6.4 乙方在本合同项下的累计赔偿责任（含违约金及扣款）以本合同年度服务费总额的50%为限，但因乙方故意或重大过失造成的损失除外。

第七条 数据安全
7.1 监控数据、视频资料及运行记录均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
7.2 乙方运维人员须实名登记，通过甲方运维审计系统访问，禁止使用个人设备直接接入监控网络；乙方应落实网络安全等级保护第二级的各项要求。
7.3 发生网络攻击、数据泄露或篡改的，乙方应在1小时内报告甲方，并承担因其原因造成的损失及相应法律责任。

第八条 保密
乙方对在服务中获知的甲方网络结构、账号口令、设备布局及其他非公开信息负有保密义务，服务期满后继续有效。

第九条 知识产权
乙方在服务期间形成的运维脚本、配置文件、报告及技术文档的知识产权归甲方所有，甲方可自由使用和修改。乙方自有的运维工具软件仍归乙方所有，但乙方应允许甲方在服务期满后继续使用已部署的工具生成的报表和数据。

第十条 分包
乙方可将传感器校准、视频设备维修等专项工作分包给第三方，分包前应将分包单位名称及分包内容书面告知甲方，乙方对分包工作向甲方负全部责任。

第十一条 合同终止
11.1 乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内未改正的，甲方有权解除本合同，并按实际服务时间结算费用。
11.2 本合同期满自然终止，不自动续期。下一年度运维服务由甲方依法重新采购。
11.3 合同终止或解除时，乙方应在十日内向甲方移交全部运维资料、系统账号、备份介质、备件清单和未结故障记录，并配合新的运维单位完成交接，交接期不少于十五日，交接期内乙方不得中断值守。

第十二条 法律适用与争议
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向江源仲裁委员会申请仲裁。

第十三条 不可抗力与通知
13.1 因不可抗力导致一方不能履行本合同的，应及时通知对方并提供证明，双方协商处理；供暖季期间乙方仍应尽最大努力保障监控中心运行。
13.2 本合同项下的通知以书面形式送达，双方项目联系人及联系方式见附件四。

第十四条 廉洁条款
双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益，违反本条的，甲方有权解除合同。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。附件一：设备清单；附件二：季度考核办法；附件三：值守排班表。

甲方（盖章）：江源市城市管理局        乙方（盖章）：江源市热联智控技术服务有限公司
日期：2027年1月1日
"""

H1123Z05 = """# 软件产品许可及定制开发合同

**海匠软件标准合同文本 HJ-STD-2026 版**

合同编号：HJ-2027-0152

甲方（用户）：文昌椰韵椰雕工艺工作室

乙方（供应商）：海口海匠软件开发有限公司

甲方拟采购乙方"匠链"工艺流程追踪软件，并委托乙方进行定制开发。双方根据乙方标准合同文本，经协商签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供"匠链"工艺流程追踪软件（专业版）永久使用许可一套，含十五个用户账号。

1.2 乙方根据甲方需求进行定制开发，包括：椰壳原料批次登记、开料与雕刻工序记录、打磨上漆及晾干工序追踪、成品质检与编号、作品溯源二维码及微信小程序溯源页面。

1.3 乙方负责软件安装部署、基础数据导入和使用培训。

1.4 软件部署在甲方自备的服务器上，服务器的操作系统、数据库及网络环境由甲方按乙方提供的配置要求自行准备。乙方在部署前向甲方提供书面的环境配置清单。

1.5 乙方提供的软件版本为签约时的最新正式版本，后续新版本的升级按第六条执行。

1.6 定制开发的具体范围以双方确认的《功能清单》为准，《功能清单》以外的需求视为新增需求，由双方另行协商费用和工期。

## 第二条 合同价款

2.1 合同总价为人民币贰拾陆万捌仟元整（¥268,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | "匠链"工艺流程追踪软件专业版永久许可 | 188,000 |
| 2 | 定制开发（工序追踪、质检编号、溯源小程序） | 56,000 |
| 3 | 安装部署、数据导入及培训 | 24,000 |
| | 合计 | 268,000 |

2.2 上述价格不含硬件设备（扫码枪、标签打印机等），硬件由甲方自行采购。乙方可推荐兼容的硬件型号，但不对硬件的质量承担责任。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即174,200元，乙方收到款项后启动项目。

3.2 系统验收合格后五个工作日内，甲方支付剩余的35%，即93,800元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应提前提供开票资料。

## 第四条 交付与验收

4.1 乙方在收到首期款后六十个工作日内完成部署和定制开发。因甲方需求变更或配合不及时造成的延误，工期相应顺延。乙方将根据项目实际情况合理安排开发进度，工期为预计工期，仅供双方参考。

4.2 乙方完成开发后通知甲方验收。甲方按附件《功能清单》逐项测试，全部功能可正常使用，且系统连续运行十日无导致工序无法登记的故障，即为验收合格，双方签署验收单。

4.3 甲方应在收到验收通知后七日内组织验收，验收中发现的问题乙方应在十日内修复并重新提交验收。

4.4 乙方应在验收时向甲方交付安装介质、用户操作手册和管理员手册，并为甲方的工坊主管、质检员和前台人员提供不少于两天的现场培训。

## 第五条 技术支持

5.1 乙方提供工作日9:00至18:00的电话及远程技术支持，法定节假日及周末不提供支持服务。甲方在节假日期间报告的问题，乙方将在节后第一个工作日开始处理。

5.2 甲方报告故障后，乙方将尽合理努力及时处理，具体处理时间视故障复杂程度而定。

5.3 甲方应通过乙方客服热线或工单系统报告故障，并提供故障现象、截图和操作步骤，配合乙方进行远程诊断。因甲方自行修改系统配置、使用非乙方认可的服务器环境或操作不当造成的故障，乙方提供有偿服务。

## 第六条 免费维护期及年度维护

6.1 免费维护期为系统上线之日起六个月，期间乙方免费修复软件缺陷并提供版本升级。

6.2 免费维护期满后，甲方如需继续获得升级和技术支持，应与乙方签订年度维护协议，年度维护费为软件许可费的26%，即每年48,880元。

6.3 未签订年度维护协议的，乙方不再提供缺陷修复和升级服务。

6.4 年度维护服务内容包括软件缺陷修复、小版本升级、工作日远程技术支持，以及每年一次的现场回访；因甲方新增业务需求产生的开发工作另行计费。

## 第七条 知识产权

7.1 "匠链"软件及乙方为本项目定制开发的全部程序、小程序、源代码、数据库结构和文档的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对定制内容进行修改、反向工程或许可第三方使用，乙方不提供源代码。

## 第八条 数据

8.1 甲方录入系统的原料、工序、作品及客户数据归甲方所有，乙方不得用于本合同以外的任何目的。

8.2 乙方采取数据加密、访问权限控制及每日备份等措施保障甲方数据安全。因乙方原因发生数据泄露、丢失的，乙方应在24小时内通知甲方，并承担相应赔偿责任。

8.3 合同终止后，乙方应根据甲方要求协助导出甲方数据，并删除乙方掌握的甲方数据副本。

## 第九条 保密

双方对在合作中知悉的对方技术秘密、工艺信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。甲方不得向第三方披露乙方的报价、软件界面设计及技术文档。

## 第十条 责任限制

10.1 乙方对甲方的间接损失、利润损失和数据损失不承担责任。

10.2 乙方在本合同项下的累计赔偿责任不超过合同总价的20%。

10.3 因甲方服务器故障、网络中断、断电或第三方软件原因造成的损失，乙方不承担责任。

10.4 甲方超出许可范围使用软件或擅自向第三方提供软件的，应赔偿乙方因此遭受的全部损失。

## 第十一条 合同解除

一方严重违反本合同，经守约方书面催告后三十日内仍未改正的，守约方有权解除本合同。因甲方原因解除合同的，甲方已支付的款项不予退还。合同解除后，甲方应停止使用定制内容并删除安装介质。

## 第十二条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，提交海口仲裁委员会仲裁。

## 第十三条 甲方义务

13.1 甲方应指定一名项目联系人，负责需求确认、资料提供和验收组织，并及时提供原料、工序、作品编号规则等业务资料。

13.2 甲方应按照许可范围使用软件，不得将用户账号转借他人使用，不得超出十五个用户账号的数量使用；需增加账号的，按乙方报价另行购买。

13.3 甲方应自行做好服务器的日常管理和数据备份，乙方可提供备份方案建议。

## 第十四条 不可抗力

因地震、台风、洪水等不可抗力事件导致一方不能履行本合同的，该方不承担违约责任，但应及时通知对方并在十五日内提供证明。海南地区台风季节造成的停电、断网属于不可抗力。

## 第十五条 通知

本合同项下的通知可以通过邮寄、电子邮件或微信工作群发送，发出之日即视为送达。双方联系人信息以合同首页及项目启动会确认的名单为准，联系人变更应及时通知对方。

## 第十六条 其他

16.1 本合同未尽事宜，以乙方官网公布的《软件许可最终用户协议》为准。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：

签订日期：2027年6月2日
"""

H1123E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. RL-CN-2027-014
P:This Agreement is made on 12 April 2027 between Rother Line Software Limited, a company registered in England with its office at North Street, Midhurst, West Sussex, United Kingdom ("Vendor"), and Foshan Huaxing Packaging Co., Ltd., a company incorporated in the People's Republic of China with its registered address in Shunde District, Foshan, Guangdong ("Customer").
P:Background: Customer operates three corrugated packaging plants and wishes to replace its paper-based maintenance records with a computerised maintenance management system. Vendor owns the RotherLine CMMS software and has offered to license it to Customer and to configure, integrate and deploy it. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the RotherLine CMMS Enterprise edition in object code, including the mobile technician application, as described in Schedule 1.
P:1.2 "Custom Deliverables" means all configurations, work-order templates, reports, interface programs and documentation created by Vendor specifically for Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for Customer, including asset registers, maintenance histories, spare-parts records and personal information of Customer's staff.
P:1.4 "Go-Live" means the first productive use of the Software at all three plants. "Final Acceptance" has the meaning given in Article 5.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers in Customer's own data centre for up to 260 named users and unlimited asset records, for the internal business purposes of Customer and its wholly owned subsidiaries in mainland China.
P:2.2 Customer may make reasonable copies for backup, testing and disaster recovery. The licence survives any termination of this Agreement except termination by Vendor for non-payment of the Licence Fee.
P:2.3 Title to the Software and its intellectual property remains with Vendor.
H:Article 3 Services
P:3.1 Vendor shall perform the implementation services described in Schedule 2, including installation, configuration of asset hierarchies for the three plants, migration of historical maintenance data, an interface to Customer's ERP system for spare-parts purchasing, and a dashboard for plant managers.
P:3.2 Vendor shall provide training for 24 key users and 6 system administrators, in Chinese, at Customer's Foshan site.
P:3.3 Vendor shall appoint a project manager who speaks Mandarin and shall not replace that person without Customer's prior agreement, which shall not be unreasonably withheld.
P:3.4 The target date for Go-Live is 120 days after the date of this Agreement, and the target date for Final Acceptance is 60 days after Go-Live. Vendor shall submit a written progress report every two weeks.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,680,000, inclusive of PRC value-added tax, made up of the Licence Fee of CNY 1,240,000, implementation services of CNY 386,000 and training of CNY 54,000. The price is fixed for the scope in Schedule 2.
P:4.2 Customer shall pay: (a) 20% of the Contract Price within 30 days after signature, against Vendor's invoice; (b) 45% of the Contract Price within 30 days after Go-Live; and (c) the remaining 35% within 30 days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to Vendor's account designated in the invoice.
H:Article 5 Acceptance
P:5.1 After Go-Live Vendor shall run the acceptance tests set out in Schedule 3 together with Customer. The Software and the Custom Deliverables pass acceptance when: (a) every function listed in Schedule 1 works as specified; (b) migrated maintenance records reconcile with the source data with no missing or altered record; (c) work orders created in the Software reach the ERP system within 60 seconds; and (d) the system runs for 30 consecutive days after Go-Live without a Severity 1 incident.
P:5.2 When all criteria are met Customer shall sign a Final Acceptance certificate within 10 days. If a criterion is not met Vendor shall correct the defect and repeat the relevant test at its own cost.
P:5.3 Go-Live, productive use of the Software or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty
P:6.1 Vendor warrants that the Software and the Custom Deliverables will conform to Schedule 1 and Schedule 2 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects, provide new releases and provide the support services in Article 7 free of charge.
P:6.2 Vendor warrants that the Software contains no malicious code and that the Services will be performed with reasonable skill and care by suitably qualified personnel.
H:Article 7 Support and Service Levels
P:7.1 Vendor shall provide support through a telephone hotline and a ticket portal, with Mandarin-speaking engineers available from 08:00 to 20:00 China Standard Time on every day of the week.
P:7.2 Vendor shall respond to incidents within the following times: Severity 1 (the Software is unavailable at any plant or work orders cannot be created): 1 hour, with a workaround within 8 hours; Severity 2 (a major function is impaired): 2 hours; Severity 3 (minor issue or question): next business day.
P:7.3 For each full hour by which Vendor exceeds the Severity 1 response time, Vendor shall credit Customer CNY 1,000 against the next support invoice or, during the Warranty Period, pay that amount to Customer.
P:7.4 After the Warranty Period, Vendor shall provide Annual Support at a fee of 11% of the Licence Fee per year (CNY 136,400). That fee is fixed for the first three support years and may rise thereafter by no more than the PRC consumer price index of the preceding calendar year. Annual Support is ordered by Customer year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 All intellectual property rights in the Custom Deliverables vest in Customer upon creation. Vendor shall deliver their source code with Final Acceptance. Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to perform this Agreement and on Customer's instructions, and shall not use, disclose or retain it for any other purpose, including in anonymised or aggregated form.
P:9.2 Vendor shall access Customer's systems only through the remote-access channel approved by Customer, using individual accounts and multi-factor authentication, and shall keep a log of all access. Vendor shall not copy Customer Data outside mainland China and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:9.3 Vendor shall notify Customer within 12 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take all reasonable steps to contain it, and shall be liable for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations. These obligations last five years after termination.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is delayed beyond the target date for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, or breach of Articles 9 and 10.
P:11.3 Neither party is liable for indirect or consequential loss, except in the cases excluded from the limit in Article 11.2.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of the Services without Customer's prior written consent. Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 30 days after written notice, or if liquidated damages under Article 11.1 reach their maximum.
P:13.2 Vendor may terminate this Agreement by written notice if Customer fails to pay an undisputed amount within 60 days after written notice.
P:13.3 On termination Vendor shall hand over all Custom Deliverables completed or in progress and return or destroy Customer Data as Customer directs.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Either party may terminate if such an event continues for more than 90 days.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of England and Wales.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.
H:Article 16 General
P:16.1 This Agreement, with its Schedules, is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be in writing and sent to the addresses above, with a copy by e-mail to each party's project manager.
P:16.3 This Agreement is executed in English and Chinese; both versions are equally authentic.
P:Schedule 1: Software description and functional specification. Schedule 2: Statement of work. Schedule 3: Acceptance test plan.
P:Signed for Vendor: ____________________    Signed for Customer: ____________________
"""

H1123E02 = """# ORDER FORM AND GENERAL TERMS — FIELDLOOP SUBSCRIPTION SERVICE

Order Form No. TFS-OF-2027-0088

Provider: Tillington Field Systems Ltd, registered in England, Lombard Street, Petworth, West Sussex, United Kingdom ("Provider")

Customer: Hangzhou Qiantang Elevator Maintenance Co., Ltd., registered in Hangzhou, Zhejiang Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service

FieldLoop field service management subscription, Professional tier: work-order dispatch, technician mobile app, preventive-maintenance scheduling for lifts and escalators, spare-parts tracking, customer portal for building owners and the analytics module. The service is hosted for Customer in Provider's dedicated environment on Alibaba Cloud, Shanghai region.

### A2. Subscription Term

The Subscription Term is 24 months from the Service Start Date, divided into two Subscription Years. The Service Start Date is the date on which Customer signs the Onboarding Acceptance under A5. This Order Form does not renew automatically; any further subscription requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Per Subscription Year (CNY) | Total for the Term (CNY) |
|---|---|---|---|---|
| FieldLoop Professional named users | 400 users | 780 per user per year | 312,000 | 624,000 |
| ERP integration connector (Kingdee) | 1 | 36,000 per year | 36,000 | 72,000 |
| Onboarding and configuration (one-time) | 1 | 68,000 | — | 68,000 |
| Total Contract Value | | | | 764,000 |

All fees are in CNY and include PRC value-added tax. Additional named users may be added during the term at CNY 780 per user per year, pro rata for the remainder of the Subscription Year; additional users are not part of the Total Contract Value above.

### A4. Invoicing and Payment

(a) The annual fees for each Subscription Year are invoiced on the first day of that Subscription Year and are payable within 30 days after receipt of a valid VAT invoice.

(b) The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days after receipt of a valid VAT invoice.

(c) No other amount is payable before the Service Start Date.

### A5. Onboarding and Acceptance

(a) Provider shall complete onboarding within 70 days after signature of this Order Form (the "Target Date"). Onboarding covers configuration of Customer's 38 service branches and 2,600 maintenance contracts, import of the lift and escalator asset register, set-up of preventive-maintenance plans according to the applicable national inspection rules, the Kingdee connector, and training of 40 dispatchers and administrators.

(b) Customer shall test the configured service against the acceptance criteria in Annex 1. The criteria include: all imported asset and contract records reconcile with Customer's source files; work orders dispatched from the console reach the technician app within 30 seconds; spare-parts issues post correctly to Kingdee for five consecutive business days; and the customer portal shows maintenance records for every building in the pilot district.

(c) When every criterion is met Customer shall sign an Onboarding Acceptance within 5 business days. Use of the service before that date for testing or training does not count as acceptance.

(d) If Onboarding Acceptance is not achieved by the Target Date for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay, up to a maximum of CNY 45,000.

### A6. Contacts and Signatures

Provider account manager: Eleanor Hartley, e-mail on file. Customer project lead: Head of Digital Operations.

Signed for Provider: ____________________   Signed for Customer: ____________________   Date: 10 May 2027

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the service by or for Customer, including asset registers, maintenance records, inspection results, photographs and the personal information of Customer's staff and building contacts.

1.2 "Customer Configurations" means the workflows, forms, report templates, preventive-maintenance plans and connector mappings created for Customer during onboarding or the Subscription Term.

1.3 "Documentation" means Provider's user guides and technical specifications for the service as updated from time to time.

### 2. Provision of the Service

2.1 Provider shall make the service available to Customer's named users during the Subscription Term in accordance with the Documentation and this Agreement.

2.2 Provider may update the service from time to time, provided that no update materially reduces the functionality described in A1. Provider shall give at least 14 days' notice of any planned change that affects Customer's users.

2.3 Customer shall ensure that its users keep their log-in details secure and use the service only for Customer's business.

2.4 Customer shall provide, in good time, the asset register, contract list, branch structure and Kingdee interface credentials needed for onboarding, and shall make its key users available for workshops and testing. Delays caused by Customer extend the Target Date accordingly.

### 3. Service Levels

3.1 Provider shall use the following service levels. Availability of the production environment: 99.95% in each calendar month, excluding planned maintenance announced at least 5 days in advance and performed between 00:00 and 06:00 China Standard Time.

3.2 Incident response: Priority 1 (service unavailable or dispatch impossible for all users): response within 1 hour, 24 hours a day, 7 days a week; Priority 2 (major function impaired): response within 2 hours during business hours; Priority 3 (minor issue or request): response within 2 business days.

3.3 Provider shall report its service-level performance to Customer each month.

3.4 The service levels in this Section 3 are targets. No service credits, fee reductions or other compensation apply if a service level is not met.

### 4. Customer Data

4.1 As between the parties, Customer Data belongs to Customer. Provider shall process Customer Data only to provide the service to Customer and in accordance with Customer's documented instructions, and shall not use it for any other purpose.

4.2 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, limit access to authorised personnel on a need-to-know basis, log administrative access, maintain ISO/IEC 27001 certification for the service, and back up Customer Data daily with a retention of 30 days.

4.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, cooperate with Customer's investigation and any regulator, and bear the costs and losses caused by its failure to comply with this Section 4, subject to Section 9.

4.4 Within 30 days after the end of the Subscription Term Provider shall return all Customer Data in a standard machine-readable format and then delete it from its systems, and confirm deletion in writing.

### 5. Intellectual Property

5.1 Provider retains all rights in the service, the software and the Documentation.

5.2 Customer Configurations belong to Customer. Customer may use, copy, modify and license them freely, including with another provider after the Subscription Term, and Provider shall export them on request.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business, technical and financial information received under this Agreement, use it only for the purposes of this Agreement and not disclose it to any third party without prior written consent. This Section survives for three years after the Agreement ends.

### 7. Sub-processors and Subcontractors

7.1 Provider may not engage any subcontractor or sub-processor to perform any part of the service or to process Customer Data without Customer's prior written consent. Alibaba Cloud is approved as hosting provider by Customer's signature of this Order Form. Provider remains responsible for all approved subcontractors.

### 8. Term and Termination

8.1 This Agreement starts on signature and continues until the end of the Subscription Term.

8.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.

8.3 If Customer terminates under Section 8.2, Provider shall refund the fees paid for the period after termination.

### 9. Liability

9.1 Neither party is liable for loss of profit or indirect or consequential loss.

9.2 Each party's aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

9.3 Section 9.2 does not limit liability for death or personal injury caused by negligence, for fraud, or for Customer's obligation to pay fees.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Agreement without the other party's written consent.

11.2 Notices shall be in writing and delivered by courier or e-mail to the contacts in A6.

11.3 This Agreement is the entire agreement between the parties about the service and replaces any earlier proposals.

11.4 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect of the event.

11.5 This Agreement is signed in English and Chinese. Both language versions have equal effect.
"""

H1123E03 = """T:SUPPLY AND LICENCE CONTRACT FOR VIBRATION MONITORING SENSORS AND SOFTWARE
P:Contract No. LSP-EQ-2027-052
P:Buyer: Jiujiang Lushan Paper Co., Ltd., Hukou County, Jiujiang, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Blackdown Condition Monitoring Ltd, a company registered in England, with its office at Lower Street, Haslemere, Surrey, United Kingdom (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer wishes to install online vibration monitoring on the paper machines, pulpers and drive trains of its No. 2 and No. 3 production lines, and the Supplier has agreed to supply, install and commission the system.
H:1. Definitions and Documents
P:1.1 "System" means the Equipment, the Software and the configuration and integration work described in Annex 1.
P:1.2 "Equipment" means the wireless vibration sensors, gateways, mounting kits and accessories listed in clause 2.
P:1.3 "Software" means the Supplier's Blackdown Insight condition monitoring software, including the analytics engine and mobile application.
P:1.4 "Project Deliverables" means the machine models, alarm rules, dashboards, interface programs to the Buyer's distributed control system and maintenance system, and all related documentation produced for the Buyer.
P:1.5 The Contract documents are this Contract, Annex 1 (Technical Specification), Annex 2 (Installation Plan) and Annex 3 (Acceptance Test Plan). In case of conflict, this Contract prevails.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, license the Software, install and commission the System, configure the analytics models and train the Buyer's staff, as set out below and in Annex 1.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial wireless vibration and temperature sensor, ATEX-rated|220|3,400|748,000
TB:2|Industrial gateway with 4G and Ethernet backhaul|14|12,500|175,000
TB:3|Blackdown Insight monitoring software, perpetual licence, site-wide|1|380,000|380,000
TB:Hardware and Licence Subtotal||||1,303,000
TB:4|Installation, cabling of gateways and commissioning|1 lot|142,000|142,000
TB:5|Machine model and alarm rule configuration, DCS and maintenance system interfaces|1 lot|88,000|88,000
TB:6|Training of operators and reliability engineers|1 lot|21,000|21,000
TB:Contract Price||||1,554,000
P:2.2 The Contract Price of CNY 1,554,000 includes PRC value-added tax, import duties, delivery to the Buyer's mill, insurance, installation, commissioning and training. It is a fixed price and shall not be adjusted for exchange-rate movements.
P:2.3 The Software licence is perpetual, non-exclusive and covers unlimited users and all sensors installed at the Buyer's Hukou mill. The licence is not affected by the expiry of the warranty or of any support service.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 business days after signature, against an advance-payment bank guarantee of equal value issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price within 30 days after all Equipment has been installed and the Buyer has signed an Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT special invoice from the Supplier.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's mill within 75 days after signature and complete installation within 45 days after delivery. Installation work on running machines shall be planned with the Buyer's production department and carried out during scheduled shutdowns wherever possible.
P:4.2 The Supplier's personnel shall comply with the Buyer's safety rules, including permits for work at height and near rotating machinery.
P:4.3 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, explosion-protection certificates for the sensors, and the calibration certificate of each sensor. Equipment delivered without these documents may be refused.
P:4.4 If the Supplier fails to complete installation by the date in clause 4.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor reports vibration and temperature data to the Software at the configured interval; (b) measured vibration values agree with the Buyer's reference portable analyser within ±5% on the sampling points in Annex 3; (c) alarms generated by the Software appear in the DCS and create work requests in the maintenance system within 60 seconds; and (d) the System runs for 45 consecutive days after commissioning without data loss exceeding 1% of expected readings on any line.
P:5.2 When the criteria are met the Buyer shall sign a Final Acceptance Certificate within 10 business days. If a criterion is not met the Supplier shall rectify the defect at its cost and repeat the test.
P:5.3 Delivery, installation, commissioning, use of the System or any payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment, the Software and the Project Deliverables for 36 months from Final Acceptance. During that period the Supplier shall repair or replace defective Equipment free of charge, including sensor batteries that fail before their stated life, provide Software updates and correct defects.
P:6.2 The Supplier shall provide a support hotline and remote support from its Shanghai service centre. Response times: Severity 1 (monitoring of a production line lost or false trips affecting production): 2 hours; Severity 2 (partial loss of monitoring): 8 hours; Severity 3: next business day. For a Severity 1 fault that cannot be fixed remotely, an engineer shall be on site within 24 hours.
P:6.3 For each full hour by which a Severity 1 response is late, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due to the Supplier.
P:6.4 After the warranty period, the Supplier shall offer annual support (Software updates, remote support, repair of Equipment and one on-site health check per year) for a fee of 8% of the Hardware and Licence Subtotal per year (CNY 104,240). This fee is fixed for the first two years after the warranty period. Annual support is ordered by separate purchase order and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software and the Equipment firmware remain the property of the Supplier or its licensors and are licensed to the Buyer under clause 2.3.
P:7.2 All rights in the Project Deliverables belong to the Buyer from creation. The Supplier shall hand over the interface source code, machine models and alarm rule sets at Final Acceptance. The Buyer may use, modify and license them freely.
P:7.3 The Supplier shall indemnify the Buyer against any claim that the System infringes the rights of a third party.
H:8. Data Security and Data Ownership
P:8.1 All vibration data, machine data, alarm histories and other data generated by the System at the Buyer's mill belong to the Buyer. The Supplier may use them only to perform this Contract and shall not use them for any other purpose, including product development, benchmarking or training of algorithms.
P:8.2 The System shall be installed on servers in the Buyer's data centre. The Supplier shall not transfer any Buyer data out of the mill's network. Remote access for support requires the Buyer's approval for each session, through the Buyer's bastion host, with all actions logged.
P:8.3 The Supplier shall apply the security measures in Annex 1, including encrypted wireless links and hardened gateway configuration, shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer data, and shall compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all information received from the other party in connection with this Contract, including the Buyer's process and production data, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of the Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under clause 4.4 reach their maximum. The Supplier shall then refund the amounts paid for any part of the System not accepted.
P:12.2 Either party may terminate the Contract if force majeure prevents performance for more than 90 days.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang. The award is final.
H:14. General
P:14.1 This Contract is signed in Chinese and English; both texts have equal effect. It takes effect on signature by both parties.
P:14.2 Changes to this Contract must be agreed in writing and signed by both parties. Notices shall be sent to the project contacts named in Annex 2.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1123E04 = """# MANAGED WORKPLACE SERVICES AGREEMENT

Agreement reference: PH-MSA-2027-031

**Between**

Pendle Hill Managed Services Limited, a company registered in England, with its office at Castle Street, Clitheroe, Lancashire, United Kingdom ("Provider"); and

Wuhan Changjiang Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Dongxihu District, Wuhan, Hubei Province ("Customer").

**Background**

Customer operates a head office, seven cold-storage warehouses and one transport hub in Hubei and Hunan provinces. Customer wishes to outsource the operation of its end-user IT environment, and Provider, acting through its Wuhan branch office and local engineers, has agreed to provide managed workplace services on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, performed at the Sites and remotely.

1.2 "Sites" means the nine Customer locations listed in Schedule 1.

1.3 "Service Levels" means the response and resolution targets in Schedule 2, and "Service Credits" means the amounts set out there.

1.4 "Customer Data" means all data belonging to Customer, its employees or its clients that Provider receives or can access in performing the Services.

1.5 "Transition" means the transfer of the Services from Customer's in-house team to Provider, as described in Section 3.

## 2. Term

2.1 This Agreement starts on the date of signature. The Service Period lasts 36 months from the Service Commencement Date defined in Section 3.3 (the "Initial Term").

2.2 The Agreement expires at the end of the Initial Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition and Service Acceptance

3.1 Provider shall complete Transition within 60 days after signature. Transition includes taking over the asset inventory of about 1,150 desktops, laptops, handheld scanners and printers, documenting the configuration of each Site, setting up the service desk telephone line and ticket portal in Chinese, and knowledge transfer from Customer's in-house team.

3.2 At the end of Transition Customer shall verify that: (a) the asset inventory is complete and matches Customer's records; (b) the service desk has handled test tickets from every Site within the Service Levels; (c) runbooks for each Site have been delivered and approved; and (d) Provider's engineers hold Customer's access badges and have completed site safety induction for cold-storage areas.

3.3 When all criteria in Section 3.2 are met Customer shall sign a Service Acceptance certificate. The Service Commencement Date is the day after that signature.

3.4 If Service Acceptance is delayed beyond the 60-day period for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 per day of delay, up to a maximum of CNY 60,000.

## 4. Services and Service Levels

4.1 Provider shall perform the Services described in Schedule 1 with appropriately skilled personnel and in accordance with good industry practice.

4.2 Provider shall meet the Service Levels in Schedule 2 and report its performance monthly, with a service review meeting each quarter.

4.3 If Provider fails to meet a Service Level, Provider shall credit Customer the Service Credits in Schedule 2 against the next invoice. Service Credits in any month are limited to the amount stated in Schedule 2.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after Service Acceptance.

5.2 Customer shall pay each undisputed invoice within 30 days after receipt of a valid VAT special invoice. No amount is payable before Service Acceptance.

5.3 The Charges are fixed for the Initial Term. Additional devices beyond the baseline in Schedule 3 are charged at the unit rates stated there.

## 6. Customer Responsibilities

6.1 Customer shall provide desk space, network access and storage for spare devices at each Site, grant Provider's engineers the system permissions needed to perform the Services, and appoint a contract manager.

6.2 Customer remains responsible for purchasing devices and software licences, unless Schedule 1 states otherwise.

## 7. Personnel

7.1 Provider shall station at least five engineers in Wuhan and one engineer at the Changsha hub during business hours. Provider shall give Customer 14 days' notice before replacing the service delivery manager.

7.2 Provider's personnel shall comply with Customer's site rules, including food-safety and cold-room safety rules.

## 8. Subcontracting

8.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of any approved subcontractor.

## 9. Intellectual Property

9.1 Provider retains ownership of its own tools, methods and ticketing software.

9.2 Runbooks, configuration records, knowledge articles and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and share them freely, including with a successor provider.

## 10. Customer Data

10.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and for no other purpose.

## 11. Confidentiality

11.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's client lists, freight rates and warehouse layouts, and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law. This obligation survives for three years after expiry of the Agreement.

## 12. Liability

12.1 Each party's total liability under or in connection with this Agreement is limited to 150% of the total Charges payable over the Initial Term as stated in Schedule 3.

12.2 The limit in Section 12.1 does not apply to death or personal injury caused by negligence, fraud, or wilful misconduct.

12.3 Neither party is liable for loss of profits or for indirect or consequential loss.

## 13. Duration and Ending of the Agreement

13.1 The Agreement runs for the Initial Term and cannot be ended early by Customer. Customer's remedies for any failure in the Services are the Service Credits under Section 4.3 and damages under Section 12.

13.2 Provider may suspend the Services or end the Agreement by written notice if Customer fails to pay an undisputed invoice within 45 days after a written reminder.

13.3 On expiry Provider shall cooperate in the transfer of the Services to Customer or a successor provider for up to 60 days, hand over all runbooks, configuration records and passwords, and return all Customer equipment.

## 14. Force Majeure

14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to continue performance.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final and binding.

## 16. General

16.1 This Agreement, with Schedules 1 to 3, is the entire agreement between the parties about the Services.

16.2 Amendments must be in writing and signed by both parties. Notices shall be given in writing to the contract managers.

16.3 This Agreement is signed in English and Chinese, and both versions are equally authentic.

Signed for Provider: ____________________   Signed for Customer: ____________________   Date: 20 June 2027

## Schedule 1 — Services and Sites

| Service | Description |
|---|---|
| Service desk | Chinese-language telephone, e-mail and portal support, 07:00 to 22:00 every day; incident logging, first-line fixes, password resets |
| Desktop and mobile device support | On-site and remote support for desktops, laptops, handheld scanners, label printers and meeting-room equipment |
| Device lifecycle | Imaging, deployment, moves and changes, disposal coordination with Customer's approved disposal vendor |
| Asset management | Monthly updated inventory of all end-user devices, warranty tracking |
| Patch and antivirus operations | Monthly operating-system patching and antivirus signature monitoring on end-user devices |
| Sites | Wuhan head office; warehouses at Dongxihu, Hanyang, Jiangxia, Xiaogan, Xianning, Jingzhou and Yueyang; transport hub at Changsha |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response time | Resolution target | Service Credit per breach (CNY) |
|---|---|---|---|---|
| P1 | A whole Site or a warehouse management function cannot work | 6 hours | 1 business day | 2,000 |
| P2 | A group of users or a critical device is affected | 8 hours | 2 business days | 800 |
| P3 | A single user is affected | Next business day | 5 business days | 200 |
| Service desk | Calls answered within 60 seconds | Monthly measure | 90% of calls | 1,500 per month missed |
| Cap on credits | Total Service Credits per month | — | — | 8% of the monthly service charge |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | Baseline of 1,150 devices, fixed for 36 months | 58,000 per month |
| Monthly service charges over the Initial Term | 36 × 58,000 | 2,088,000 |
| Transition fee | One-time, invoiced after Service Acceptance | 96,000 |
| Total Charges for the Initial Term | | 2,184,000 |
| Additional devices | Above the baseline | 45 per device per month |
"""

H1123E05 = """DATA SUBSCRIPTION AGREEMENT
AGRICULTURAL WEATHER AND CROP DATA API

Agreement No. LVAD-2027-CN-009

PARTIES

Lune Valley Agri-Data Ltd, a company registered in England, with its office at Main Street, Kirkby Lonsdale, Cumbria, United Kingdom ("Provider").

Hefei Fengshou Seed Industry Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hefei, Anhui Province ("Customer").

BACKGROUND

Customer breeds and sells maize, wheat and rice seed and runs field trials at about 340 trial plots in eastern and central China. Customer wishes to receive historical and forecast weather data, soil moisture estimates and crop growth indices for its trial plots and sales regions through an application programming interface, and Provider has agreed to supply that data service on the terms below.

1. DEFINITIONS

1.1 "Data Service" means Provider's AgriSky API and the data sets listed in Schedule A, delivered through the API endpoints and the web dashboard.

1.2 "Subscription Year" means each period of one year starting on the Start Date or on its anniversary. The Subscription Term consists of two Subscription Years.

1.3 "Start Date" means the date on which Provider issues production API credentials to Customer.

1.4 "Customer Data" means the coordinates and boundaries of Customer's trial plots, Customer's variety codes, the queries Customer sends to the API and any field observations Customer uploads.

1.5 "Customer Reports" means the plot-level weather summaries, growth-stage reports and dashboards that Provider configures specifically for Customer.

2. THE DATA SERVICE

2.1 Provider shall provide: (a) hourly historical weather data from 2005 onward for every trial plot; (b) 15-day forecasts updated four times a day; (c) weekly soil moisture estimates at 1 km resolution; (d) satellite-based vegetation indices every 5 days; and (e) Customer Reports as described in Schedule A.

2.2 Customer may make up to 2,000,000 API calls in each Subscription Year. Calls above that volume are charged at the overage rate in Schedule B.

2.3 Customer may use the data for its internal breeding, trial management and sales planning, and may include derived charts and summaries in reports to its distributors and to government seed authorities.

3. ONBOARDING AND START OF SERVICE

3.1 Provider shall set up Customer's account, load the coordinates of Customer's trial plots, configure the Customer Reports and issue production API credentials within 30 days after signature.

3.2 Provider shall also connect the API to Customer's trial management system. The integration work shall be completed within 45 days after the Start Date.

3.3 The Data Service is deemed accepted by Customer when Provider issues the production API credentials. No further acceptance test applies to the Data Service or to the integration work.

3.4 If Provider does not issue production API credentials within the period in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer delay damages of 0.02% of the Total Fees for each day of delay, up to a maximum of 5% of the Total Fees.

4. FEES AND PAYMENT

4.1 The fees are as follows: Subscription Year 1 fee CNY 286,000; Subscription Year 2 fee CNY 286,000; one-time integration fee CNY 42,000. The Total Fees for the Subscription Term are CNY 614,000, including PRC value-added tax.

4.2 Provider shall invoice the fee for each Subscription Year on the first day of that Subscription Year. Customer shall pay within 30 days after receipt of a valid VAT invoice.

4.3 Provider shall invoice the integration fee after the integration under Section 3.2 is completed. Customer shall pay within 30 days after receipt of a valid VAT invoice.

4.4 Fees are fixed for the Subscription Term.

5. SERVICE LEVELS

5.1 Provider shall keep the API available at least 99.95% of the time in each calendar month, measured at Provider's gateway and excluding planned maintenance announced at least 3 days in advance.

5.2 Forecast data shall be refreshed within 90 minutes after each scheduled model run.

5.3 Provider shall respond to incidents as follows: Priority 1 (API unavailable or returning wrong data for all plots): within 1 hour, at any time; Priority 2 (partial outage or delayed updates): within 3 hours during business hours; Priority 3 (questions and minor issues): within 2 business days.

5.4 If monthly availability falls below the level in Section 5.1, Provider shall credit Customer 5% of the monthly equivalent of the annual fee for each 0.1 percentage point, or part of it, below that level, up to half of the monthly equivalent. If Provider misses a Priority 1 response time, Provider shall credit Customer CNY 1,000 for each such incident. Credits are set off against the next invoice or, at the end of the Subscription Term, refunded.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Service to Customer and shall not use it for any other purpose, including to improve its models or to provide services to other customers.

6.2 Provider shall host Customer Data on servers located in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least 180 days and carry out an external security test of the Data Service every year.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and compensate Customer for losses caused by its failure to comply with this Section 6.

6.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data and delete all copies, and confirm deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider and its licensors retain all rights in the Data Service, the underlying data sets and Provider's models.

7.2 Customer Reports and all charts, summaries and analyses derived by Customer from the data belong to Customer. Customer may use, modify and license them freely, including after the Subscription Term.

8. SUBCONTRACTING

8.1 Provider shall not subcontract any part of the Data Service, other than the purchase of raw satellite and meteorological data from its existing data suppliers, without Customer's prior written consent. Provider remains responsible for the performance of any subcontractor.

9. TERM AND TERMINATION

9.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any further subscription requires a new written agreement.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates under this Section, Provider shall refund the unused part of the fees paid.

9.3 Provider may suspend the Data Service if Customer fails to pay an undisputed invoice within 30 days after a written reminder.

10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 200% of the Total Fees.

10.2 Neither party is liable for loss of profit, loss of crops or seed yield, or indirect loss, except in cases of fraud or wilful misconduct.

10.3 Weather forecasts and crop indices are estimates. Provider does not guarantee that any forecast will prove accurate, but shall deliver the data sets in accordance with the specifications in Schedule A.

11. FORCE MAJEURE

11.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including failure of public satellite or meteorological sources, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

13. GENERAL

13.1 Neither party may assign this Agreement without the prior written consent of the other party.

13.2 Notices shall be in writing and sent by courier or e-mail to the contacts named in Schedule B.

13.3 This Agreement, with its Schedules, is the entire agreement between the parties about the Data Service. It is signed in English and Chinese, both versions having equal effect.

SCHEDULE A - DATA SETS AND CUSTOMER REPORTS

A1. Historical weather: temperature, precipitation, humidity, wind, solar radiation; hourly; from 2005 onward; per plot.

A2. Forecasts: 15 days ahead; updated four times a day; per plot and per county in Customer's sales regions.

A3. Soil moisture: 0 to 100 cm depth in four layers; weekly; 1 km grid.

A4. Vegetation indices: NDVI and EVI from satellite imagery; every 5 days; cloud-masked.

A5. Customer Reports: weekly plot summaries, growth-stage alerts for each variety, heat and drought stress alerts, and a season summary per trial site.

SCHEDULE B - FEES AND CONTACTS

B1. Subscription Year 1: CNY 286,000. Subscription Year 2: CNY 286,000. Integration: CNY 42,000. Total Fees: CNY 614,000.

B2. Overage: CNY 0.08 per call above the annual volume, invoiced at the end of each Subscription Year.

B3. Contacts: Provider account director and Customer head of breeding informatics, as notified in writing.

Signed for Provider: ____________________
Signed for Customer: ____________________
Date: 3 July 2027
"""

# ---------------------------------------------------------------------------------------------------------------
# targets, labels and checks

FILES = {
    "h1123z01": ("h1123z01_education_bureau_food_safety_platform.pdf", "zh", "software"),
    "h1123z02": ("h1123z02_tapping_machine_line_control_retrofit.docx", "zh", "hardware"),
    "h1123z03": ("h1123z03_swedish_school_booking_membership_saas.txt", "zh", "cloud"),
    "h1123z04": ("h1123z04_urban_management_boiler_monitoring_om.txt", "zh", "services"),
    "h1123z05": ("h1123z05_coconut_carving_tracking_supplier_template.md", "zh", "software"),
    "h1123e01": ("h1123e01_cmms_perpetual_licence_midhurst_vendor.pdf", "en", "software"),
    "h1123e02": ("h1123e02_field_service_saas_order_form_petworth_vendor.md", "en", "cloud"),
    "h1123e03": ("h1123e03_paper_mill_vibration_sensors_haslemere_vendor.docx", "en", "hardware"),
    "h1123e04": ("h1123e04_cold_chain_managed_workplace_clitheroe_vendor.md", "en", "services"),
    "h1123e05": ("h1123e05_agri_weather_data_api_kirkby_lonsdale_vendor.txt", "en", "cloud"),
}
SOURCES = {k: globals()["H" + k[1:].upper()] for k in FILES}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

GOOD = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key: (term overrides, extra, TCO inputs (licence/hardware fee base, implementation is inside the value) or None,
#       designed rules)
DESIGN = {
    "h1123z01": (dict(availability_pct=99.95, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                      final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                      contract_kind="goods_or_licence"),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=1550000),
                 860000, []),
    "h1123z02": (dict(p1_response_hours=1, ld_rate_per_day_pct=0.03, prepayment_pct=10,
                      final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=18,
                      subcontract_without_consent=True, contract_kind="goods_or_licence"),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=1500000),
                 1220000, ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"]),
    "h1123z03": (dict(availability_pct=99.5, p1_response_hours=1, buyer_owns_data=False,
                      auto_renewal_price_increase=True),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=406000),
                 None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h1123z04": (dict(liability_cap_pct=50, subcontract_without_consent=True),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386000),
                 None, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h1123z05": (dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=None,
                      liability_cap_pct=20, prepayment_pct=65, final_payment_on_acceptance=True, warranty_months=6,
                      post_warranty_fee_pct=26, subcontract_without_consent=None, governing_law=None,
                      contract_kind="goods_or_licence"),
                 dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=268000),
                 188000, ["CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                          "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                          "CR-WARRANTY"]),
    "h1123e01": (dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                      final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                      governing_law="England and Wales", contract_kind="goods_or_licence"),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=1680000),
                 1240000, ["CR-GOVERNING-LAW"]),
    "h1123e02": (dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False,
                      ld_rate_per_day_pct=900 / 764000 * 100, liability_cap_pct=6 / 24 * 100),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=764000),
                 None, ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "h1123e03": (dict(p1_response_hours=2, liability_cap_pct=200, prepayment_pct=10,
                      final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                      contract_kind="goods_or_licence"),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=1554000),
                 1303000, []),
    "h1123e04": (dict(p1_response_hours=6, data_security_clause=False, ld_rate_per_day_pct=2000 / 2184000 * 100,
                      liability_cap_pct=150, termination_for_breach=False),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2184000),
                 None, ["CR-DATA-SECURITY", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
    "h1123e05": (dict(availability_pct=99.95, p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.02,
                      liability_cap_pct=200, acceptance_clause=False),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=True, contract_value=614000),
                 None, ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-LD-LOW"]),
}

# policy section 3 defaults
TH = dict(availability=99.9, p1_hours=4, ld=0.05, cap=100, prepayment=30, warranty=12, post_fee=15, tco_share=40)
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
FORUM_OUTSIDE_MAINLAND = {"h1123e01"}  # London seat


def tco_share(t, x, base):
    """Policy section 4: 5-year horizon from acceptance; post-warranty years = 5 - warranty years."""
    if base is None or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * base
    return post / (x["contract_value"] + post) * 100


def derive_rules(key, t, x, base):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_fee"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low" if not rules or set(rules) <= LOW else "medium"


# threshold figures that may appear nowhere in any built text
_NUM = r"(?<![\d.])"
THRESHOLD_PATTERNS = [
    _NUM + r"99\.9(?![\d])",
    _NUM + r"4\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b)",
    r"(?<![〇一二两三四五六七八九十百])四\s*个?\s*小时",
    r"(?i)(?<![a-z-])four\s*-?\s*hours?",
    _NUM + r"0\.05(?![\d])",
    r"万分之五(?![十百千\d])",
    r"千分之零点五",
    _NUM + r"100\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:一)?百(?![分万])",
    r"(?i)one\s*hundred\s*(?:per\s*cent|percent)",
    _NUM + r"(?:30|40|15)\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|四十|十五)(?![一二三四五六七八九点])",
    r"(?i)(?<![a-z-])(?:thirty|forty|fifteen)\s*(?:per\s*cent|percent)",
    _NUM + r"12\s*(?:个\s*月|-?\s*months?\b)",  # "12月" alone is December (a date)
    r"(?<![〇一二两三四五六七八九十百])十二\s*个?\s*月",
    r"(?i)(?<![a-z-])twelve\s*[-(]?\s*(?:\(12\)\s*)?months?",
]
MUST_HIT = ["99.9%", "4 hours", "4小时", "四个小时", "four hours", "0.05%", "万分之五", "100%", "100 per cent",
            "百分之百", "30%", "40 %", "15％", "百分之三十", "thirty per cent", "12 months", "12个月", "十二个月",
            "twelve months", "12-month", "within 4 h of", "12 个月"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "万分之八", "150%",
             "1,300%", "130%", "3.15%", "115%", "24个月", "二十四个月", "112 months", "0.058%", "45%", "35%",
             "25%", "三十日", "百分之三十五", "2027年12月31日"]


def scan(text):
    hits = []
    for pat in THRESHOLD_PATTERNS:
        hits += [m.group(0) for m in re.finditer(pat, text)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def text_length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key):
    name, lang, cat = FILES[key]
    over, extra, base, rules = DESIGN[key]
    terms = dict(GOOD)
    terms.update(over)
    terms = {k: terms[k] for k in TERM_KEYS}
    ex = {k: extra[k] for k in ("sla_clause", "ld_stated", "post_warranty_fee_capped",
                                "acceptance_deemed_on_delivery", "contract_value") if k in extra}
    if terms["contract_kind"] == "goods_or_licence":
        assert "post_warranty_fee_capped" in ex, key
    else:
        assert "post_warranty_fee_capped" not in ex and terms["warranty_months"] is None \
            and terms["post_warranty_fee_pct"] is None and terms["final_payment_on_acceptance"] is None, key
    derived = derive_rules(key, terms, ex, base)
    assert derived == sorted(rules), (key, derived, sorted(rules))
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": ex,
            "expected_rules": sorted(rules)}, base


def check_values(key, lab, base):
    t, x = lab["expected_terms"], lab["expected_extra"]
    pairs = [("availability_pct", TH["availability"]), ("p1_response_hours", TH["p1_hours"]),
             ("ld_rate_per_day_pct", TH["ld"]), ("liability_cap_pct", TH["cap"]),
             ("prepayment_pct", TH["prepayment"]), ("warranty_months", TH["warranty"]),
             ("post_warranty_fee_pct", TH["post_fee"])]
    for k, th in pairs:
        assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
    share = tco_share(t, x, base) if t["contract_kind"] == "goods_or_licence" else None
    if share is not None:
        assert abs(share - TH["tco_share"]) > 2, (key, share)
    return share


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    built = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in built}, {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in built.items()}, OUT,
          wrap_words=True)
    for k, (name, lang, cat) in FILES.items():
        if k not in built:
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    fired = set()
    mix = {}
    for k, (name, lang, cat) in FILES.items():
        lab, base = label(k)
        share = check_values(k, lab, base)
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n = text_length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not scan(variant), (k, scan(variant))
        fired |= set(lab["expected_rules"])
        mix[k] = lab["expected_rules"]
        print("%-9s %-6s %5d %s %s %s" % (k, lab["expected_extra"]["contract_value"], n, risk(lab["expected_rules"]),
                                         "" if share is None else "TCO %.2f%%" % share,
                                         ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
    assert fired == ALL_RULES, ALL_RULES - fired
    # the mix of the brief
    assert [k for k, r in mix.items() if not r] == ["h1123z01", "h1123e03"]
    assert mix["h1123e01"] == ["CR-GOVERNING-LAW"] and risk(mix["h1123e01"]) == "low"
    assert 8 <= len(mix["h1123z05"]) <= 10
    others = [k for k in mix if k not in ("h1123z01", "h1123e03", "h1123e01", "h1123z05")]
    assert len(others) == 6 and all(2 <= len(mix[k]) <= 3 for k in others), others
    print("all checks passed")
