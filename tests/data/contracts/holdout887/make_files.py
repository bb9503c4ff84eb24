"""holdout887: builds the ten drafts from the sources below, writes the .json labels and asserts the checks of the brief
(lengths, thresholds, rules derived from the labels against the design list, coverage of the 20 CR rules).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H887Z01 = """T:古驿道保护与游线管理平台采购合同
P:合同编号：JTYS-ZC-2027-0318    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市交通运输局
P:乙方（供应商）：某数字文旅科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就古驿道保护与游线管理平台（以下简称"平台"）的软件许可及定制开发事宜，订立本合同，共同遵守。
H:第一条 合同标的与价格
P:1.1 乙方向甲方提供平台软件（含古驿道遗产点档案、游线编排、巡查养护、客流监测四个子系统）的永久使用许可，不限用户数，部署于甲方政务云。
P:1.2 乙方按甲方需求完成定制开发：古驿道遗产点巡查移动端、游线预约与分时段限流模块、与市文旅客流监测平台及气象预警系统的数据接口、驿道沿线界桩与标识牌台账。
P:1.3 合同总价为人民币壹佰柒拾柒万陆仟元整（¥1,776,000），其中：平台软件许可费¥980,000；定制开发费¥612,000；数据整理与迁移、部署实施费¥148,000；培训费¥36,000。合同总价为固定价格，包含税费、差旅及乙方完成本合同所需的一切费用。
H:第二条 履行期限与地点
P:2.1 乙方应于合同签订后一百二十日内完成全部部署与定制开发，并提交初验申请。
P:2.2 履行地点为甲方指定的政务云机房及古驿道沿线各巡查站点。
P:2.3 乙方应派驻不少于四名专职项目人员（含项目经理一名），项目经理须具备同类平台建设经验，未经甲方同意不得更换。乙方应按周提交项目进度报告，重大事项随时报告。
P:2.4 乙方应为甲方交通运输、文旅及乡镇巡查人员提供不少于六场现场培训，并交付用户手册、运维手册、接口说明及数据字典等全部技术资料。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 平台通过初验后，甲方支付合同总价的55%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具等额增值税发票。甲方付款按财政资金支付程序办理，因财政拨款流程造成的合理延迟不视为甲方违约。履约保函在平台通过最终验收后退还。
H:第四条 验收
P:4.1 初验标准：全部功能符合招标文件技术要求及需求确认书；遗产点档案、巡查记录等历史数据迁移后逐条核对无差错；接口连续十个工作日运行无数据丢失；在三百个并发用户下，页面平均响应时间不超过2秒。
P:4.2 初验通过后进入九十日试运行。试运行期间平台未发生一级故障、并通过第三方机构出具的网络安全等级保护测评及渗透测试的，甲方组织最终验收，并出具书面验收报告。最终验收由甲方会同财政、文旅部门及外聘专家共同进行，乙方应提供完整的测试记录和验收文档。
P:4.3 平台上线、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第五条 质量保证与维护
P:5.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、技术支持及每季度一次的巡检。
P:5.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥88,200），该价格在质保期满后两年内不得上调。维护服务合同由双方另行签订，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%，计划内维护须提前三个工作日书面告知甲方并安排在夜间进行。
P:6.2 乙方提供7×24小时服务热线。一级故障（平台整体不可用或巡查、预约功能中断）30分钟内响应，2小时内恢复；二级故障2小时内响应，8小时内解决。乙方应建立故障工单记录，每月向甲方提交服务报告，列明故障处理情况、可用率统计及改进措施。
P:6.3 乙方响应或恢复超时的，每超时一小时向甲方支付¥800；月度可用率每低于承诺值0.01个百分点，扣减当年维护费或质保金¥1,000。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方的使用许可永久有效，不因本合同终止而失效。
P:7.2 定制开发的移动端、预约限流模块、接口程序及其源代码、设计文档，知识产权归甲方所有，乙方应在最终验收时一并移交。甲方有权自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证其提供的软件不侵犯任何第三方的合法权利。如第三方就此向甲方提出权利主张，由乙方负责处理并承担由此产生的全部费用和赔偿责任。
H:第八条 数据安全
P:8.1 平台中的遗产点档案、游客预约信息、巡查影像及客流数据均属于甲方所有。乙方仅可为履行本合同之目的处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，对游客个人信息加密存储，远程运维须经甲方审批并通过堡垒机进行，不得将数据复制至甲方网络以外。
P:8.3 合同终止或维护服务结束时，乙方应将其因履约而持有的全部数据交还甲方，并删除其保有的副本，出具书面删除确认。
P:8.4 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、未公开的规划资料及系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务在本合同终止后五年内继续有效。
H:第十条 分包
P:乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定，经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 乙方违反本合同第八条、第九条约定的，除承担相应责任外，还应赔偿甲方因此遭受的全部损失，包括甲方为处理事件支出的合理费用。
P:11.4 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 合同解除
P:12.1 乙方严重违约，且在甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。受不可抗力影响的一方应在事件发生后五日内通知对方并提供证明。
P:12.3 合同解除后，乙方应在十日内向甲方移交已完成的工作成果、源代码及全部数据，并配合甲方完成数据迁移，不得以任何理由扣留。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、乙方投标文件、中标通知书及需求确认书为本合同组成部分。
P:14.2 合同履行中双方另行签署的补充协议、会议纪要及变更确认单，经双方授权代表签字后与本合同具有同等效力；合同变更不得违背招标文件的实质性内容。
P:14.3 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
P:签订日期：2027年　月　日
"""

H887Z02 = """T:灌装生产线控制系统改造合同
P:合同编号：YSJ-GZ-2027-052
P:甲方（买方）：某饮水机制造有限公司
P:乙方（卖方）：某工业自动化工程有限公司
P:甲方为提高饮水机总装及桶装水灌装生产线的自动化水平，委托乙方对三条生产线的控制系统实施改造，提供设备、软件及安装调试服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除三条生产线原有继电器控制系统，更换为PLC控制柜、伺服驱动系统和触摸屏操作站，加装灌装视觉检测系统，部署产线SCADA监控软件，并完成与甲方现有MES系统的接口及配方管理功能。
P:1.2 改造应利用甲方计划停产检修窗口分线实施，每条生产线停线时间不超过十个日历日，具体排期由双方在开工前书面确认。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰伍拾肆万捌仟元整（¥1,548,000），含税，明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含I/O模块）|6套|68,000|408,000
TB:2|伺服驱动器及电机|24套|9,500|228,000
TB:3|触摸屏操作站HMI|6台|7,000|42,000
TB:4|灌装视觉检测系统|3套|96,000|288,000
TB:5|产线SCADA监控软件许可|1套|168,000|168,000
TB:6|MES接口及配方管理软件许可|1套|230,000|230,000
TB:|设备及软件小计|||1,364,000
TB:7|安装、编程及联调|1项|156,000|156,000
TB:8|操作及维护培训|1项|28,000|28,000
TB:|合同总价|||1,548,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、编程、调试、培训及税费。
P:2.3 合同履行期间如需增加工作内容，双方另行签订补充协议，单价参照本合同价格执行。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 设备全部到货并完成安装、单线调试后，甲方支付合同总价的50%。到货签收及单线调试不视为验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的25%。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后六十日内将全部设备运抵甲方工厂，并按排期完成安装调试。乙方应在发货前三日通知甲方做好接货准备，设备开箱检验由双方共同进行。
P:4.2 乙方施工人员应遵守甲方安全生产及食品卫生管理制度，进入灌装车间须按规定更衣消毒，施工造成甲方设备或产品损失的由乙方赔偿。
P:4.3 乙方提供的设备应为全新原厂产品，PLC、伺服及视觉检测相机的品牌与型号以投标文件技术响应表为准，不得擅自替换。到货时乙方应提供装箱单、合格证、原厂质量证明及软件许可证书。
P:4.4 乙方应随设备免费提供首批备品备件，包括I/O模块、伺服驱动器、光电传感器及触摸屏各两件，并提交备件清单及推荐储备数量。
P:4.5 改造期间，乙方应保留原控制系统的接线图及拆除记录，对拆下的旧设备编号登记后交由甲方处置。
H:第五条 验收
P:5.1 每条生产线改造完成后连续运行七十二小时，达到以下标准方可验收：生产节拍不低于每分钟一百二十桶；灌装量偏差在±3毫升以内；视觉检测漏检率不高于千分之二；急停及安全联锁功能测试全部通过；SCADA与MES配方及产量数据一致。
P:5.2 三条生产线均通过验收后，由甲方出具最终验收报告。试生产、投产使用或付款均不视为验收合格。验收不合格的，乙方应免费整改至合格。
P:5.3 乙方应在每条生产线具备验收条件后书面通知甲方，甲方在五个工作日内组织生产、设备、质量部门共同验收，验收记录由双方签字确认。验收所需的检测用水、包装桶等物料由甲方提供，检测仪器由乙方提供。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换有缺陷的设备及部件，并提供软件修复与升级。质保期内更换的部件，其质保期自更换之日起重新计算。
P:6.2 质保期内，产线停机的一级故障乙方应在1小时内响应，8小时内到场；其他故障24小时内响应。乙方每超时一小时，向甲方支付¥500。
P:6.3 质保期满后，乙方提供年度维保服务，年度维保费为设备及软件小计的28%，即每年¥381,920，该费用在质保期满后三年内固定不变。年度维保服务包括定期巡检、备件更换、软件升级及故障处理。
P:6.4 维保服务按年度签订，甲方可根据生产安排决定是否续签。乙方在维保期内的响应时间及超时费用与质保期相同。
P:6.5 乙方应在验收时向甲方提交完整的电气图纸、程序备份、参数清单及设备操作规程，并对甲方电工及操作工进行不少于三次的现场培训，培训合格后出具培训记录。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、配方管理逻辑及接口程序的知识产权归甲方所有，乙方应在验收时移交源程序及注释文档，甲方可自行修改使用。
P:7.2 SCADA软件及第三方软件的知识产权归其原权利人，乙方保证甲方享有永久使用权。
H:第八条 数据安全
P:8.1 生产线运行数据、配方、产量及质量检测数据属于甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方书面批准并通过甲方指定的安全通道进行，不得在控制系统中设置后门或未经批准的远程连接。发生数据泄露或因乙方原因导致系统被攻击的，乙方应在2小时内报告并承担相应责任。
P:8.3 乙方因调试需要拷贝的生产数据，应在调试完成后删除，并书面确认删除情况；乙方不得将甲方数据存放于个人设备或公共网络存储空间。
H:第九条 保密
P:9.1 乙方对甲方的工艺参数、配方、产能、客户信息及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，也不得用于为其他客户提供服务。
P:9.2 乙方应要求其参与项目的人员签署保密承诺书。保密义务在本合同终止后三年内仍然有效。
H:第十条 分包
P:乙方可将现场布线、控制柜安装等辅助工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称及工作内容。乙方对分包单位的工作质量和安全承担全部责任，分包单位人员进入甲方工厂同样须遵守甲方安全生产管理制度。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因造成停线时间超出约定的，乙方还应赔偿甲方因停产遭受的直接损失。
P:11.3 乙方提供的设备或软件不符合约定的品牌、型号或技术参数的，甲方有权要求更换，更换期间的停线损失由乙方承担。
P:11.4 甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 任一生产线经两次整改仍未通过验收的，甲方有权就该生产线部分解除合同，乙方应自费拆除相应设备并恢复原控制系统。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 乙方的投标文件、技术协议及双方确认的施工排期表为本合同附件，与本合同具有同等效力。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
"""

H887Z03 = """轮滑球培训门店预约及会员管理系统服务合同

合同编号：LHQ-SaaS-2027-011
甲方：某轮滑球运动培训管理有限公司（连锁门店三十五家）
乙方：某云软件服务有限公司

鉴于甲方需要为其下属三十五家轮滑球培训门店统一使用课程预约、会员管理及场馆排课系统，乙方拥有相应的云服务平台，双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供以下服务（以下简称"订阅服务"）：
1. 课程预约：学员通过微信小程序选课、约课、请假及补课，教练端排课与签到；
2. 会员管理：会员卡、课时包、储值、续费提醒及转店管理；
3. 场馆管理：场地、护具租借及赛事报名管理；
4. 经营报表：门店课消、续费率、教练课时及营收统计。
（二）实施服务：乙方负责甲方品牌小程序的配置上线，将甲方原有会员及课时余额数据迁移至平台，并为三十五家门店的店长及前台人员提供线上培训。
（三）订阅服务按门店开通，账号数量不设上限。
（四）服务期内，乙方对平台进行的功能升级免费向甲方开放；乙方下线或实质性削减甲方正在使用的功能的，应提前六十日书面通知甲方，并提供替代方案。
（五）甲方应指定总部项目负责人一名，负责需求确认、门店协调及验收组织；各门店指定一名系统管理员。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，至次年对应日前一日止；第二个服务年度紧接其后。
（二）服务期满前三十日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况调整订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前通知甲方调整后的价格。
（三）本合同约定的两个服务年度内，订阅费单价保持不变。

三、费用及支付
（一）本合同总价为人民币肆拾叁万壹仟元整（¥431,000），其中：
1. 订阅费：每个服务年度¥186,200（三十五家门店，每店每服务年度¥5,320），两个服务年度合计¥372,400；
2. 实施费：¥58,600（一次性）。
（二）实施费在上线验收合格后十个工作日内支付。
（三）每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（四）乙方收款前应开具增值税专用发票。新增门店按每店每服务年度¥5,320按剩余天数折算计费，不计入本合同总价。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成配置、数据迁移和培训，具备上线条件。
（二）上线验收标准：
1. 会员、课时余额及储值数据迁移后与甲方原系统逐条核对一致；
2. 小程序选课、约课、签到、请假、补课及续费流程全部测试通过；
3. 三十五家门店均已开通并完成至少一次真实约课；
4. 五百名学员同时约课时，页面响应时间不超过3秒。
（三）甲方在收到验收申请后五个工作日内组织验收，验收合格的出具书面确认。门店开始使用系统不视为验收合格。
（四）验收不合格的，乙方应在五个工作日内完成整改并重新提交验收；因整改导致上线延后的，按本合同第九条第（一）项承担违约责任。

五、服务水平
（一）订阅服务月度可用率不低于99.5%，计划内维护安排在每日零时至六时之间，并提前两日通知。
（二）一级故障（小程序无法约课或门店无法签到）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，次日内解决。
（三）月度可用率未达承诺的，每低于0.1个百分点，乙方按当月订阅费的2%抵扣下一期服务费，当月抵扣合计不超过当月订阅费的一半；一级故障恢复超时的，每超时一小时抵扣¥300。
（四）乙方提供7×24小时在线客服及电话支持，工作日另设专属客户成功经理一名，每季度向甲方提交服务报告，内容包括可用率、故障处理、门店使用情况及改进建议。
（五）乙方应每日对平台数据进行备份，备份数据保存不少于三十日；因乙方原因导致数据丢失的，乙方应从备份中恢复，恢复点与故障时点的间隔不超过一小时。

六、数据
（一）甲方及其学员、会员在平台中产生的数据归甲方所有。
（二）乙方有权在服务期内及服务期满后，将甲方数据经去标识化处理后用于改进乙方产品、训练推荐算法及编制体育培训行业分析报告，但不得对外披露可识别具体学员的信息。
（三）乙方应采取加密存储、访问控制、操作日志等安全措施保护平台数据，学员个人信息的处理应符合《个人信息保护法》的要求；未成年学员信息应取得监护人同意。
（四）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成损失的由乙方赔偿。
（五）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并删除平台中的甲方数据。
（六）乙方应将平台及数据存储于中国境内的服务器，不得将甲方数据传输至境外。乙方人员访问甲方数据应经授权并留存访问日志，日志保存期不少于六个月。

七、知识产权
（一）订阅服务平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌视觉素材及专属报表模板的知识产权归甲方所有，甲方可自由使用、修改。
（三）乙方保证订阅服务及其交付物不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理，并承担甲方因此遭受的损失及支出的合理费用。

八、保密
双方对在合作中知悉的对方经营信息、价格、学员信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。

九、违约责任
（一）乙方未按期具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）乙方违反本合同第六条、第八条约定的，应赔偿由此给甲方造成的全部损失，包括甲方向学员赔偿、应对监管调查所支出的合理费用。
（四）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反本合同第六条、第八条造成的损失除外。

十、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）一方严重违约，经对方书面通知后十五日内仍未纠正的，守约方有权解除本合同。
（二）本合同解除或终止的，乙方应按本合同第六条第（五）项交付数据，已支付但未使用期间的订阅费按日退还。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十三、不可抗力
因地震、洪水、疫情防控措施、大范围网络中断等不可抗力导致不能履行的，受影响方应及时通知对方，并在事后十日内提供证明，可部分或全部免除责任；不可抗力持续超过三十日的，任何一方可书面解除本合同。

十四、其他
（一）本合同附件包括：服务功能清单、门店开通清单、数据迁移方案及验收记录。附件与本合同具有同等效力。
（二）本合同未尽事宜，双方可另行签订补充协议。门店新增、关闭或迁址的，甲方应提前十日通知乙方，乙方据此调整开通门店清单。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
"""

H887Z04 = """乡村圩日集市管理系统年度运维服务合同

项目名称：乡村圩日集市管理系统2027年度运维服务
采购方式：竞争性磋商
合同编号：NNJ-YW-2027-007
采购人（甲方）：某县农业农村局
供应商（乙方）：某信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就乡村圩日集市管理系统（以下简称"系统"）的年度运维服务达成如下协议。

第一条 服务范围
（一）系统包括圩日排期发布、摊位登记与分配、农产品价格采集、市场管理员巡查、食品安全快检结果公示五个模块，以及面向农户和商户的微信小程序，覆盖全县十四个乡镇的二十六个圩日集市。
（二）乙方提供的运维服务包括：系统及数据库日常监控、故障处理、安全加固与漏洞修复、数据备份与恢复演练、圩日高峰期现场保障、小程序运行维护、功能小修改（每次不超过五个人日）、用户培训及咨询。
（三）系统部署于县政务云，硬件及云资源由甲方提供，不在本合同服务范围内。
（四）甲方负责提供驻场办公场所、政务云资源及运维所需的账号授权，并指定一名联系人负责日常对接和工作确认。

（五）功能小修改由甲方以工作联系单提出，乙方在三个工作日内评估工作量并报甲方确认后实施；超出五个人日的需求，双方另行协商，不在本合同价格范围内。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，次年运维服务由甲方另行组织采购。

第三条 服务费用及支付
（一）本合同总价为人民币叁拾陆万捌仟元整（¥368,000），含税，包括人员、差旅、工具及乙方提供服务所需的全部费用。
（二）服务费按季度支付，每季度¥92,000。每季度结束后，甲方按第六条完成季度考核，并在考核结果确认后十五个工作日内支付该季度服务费（扣除考核扣款）。
（三）本合同不设预付款。
（四）乙方收款前应开具合法有效的发票。甲方付款按县财政国库集中支付程序办理。

第四条 服务交接与人员
（一）乙方应在服务期开始前十日内完成与原运维单位的交接，包括系统账号、文档、备份数据及未关闭问题清单的接收，并提交运维方案。
（二）乙方应派驻驻场工程师两名，每周一至周五在甲方办公地点工作；逢圩日高峰（农历每月初一、十五及重大节庆集市），乙方另派一名工程师到主要集市现场保障，协助市场管理员处理摊位登记和价格采集中的问题。
（三）乙方每年至少组织两次乡镇市场管理员培训，每季度完成一次全面巡检及一次数据恢复演练，并提交巡检报告。
（四）驻场工程师应具备三年以上系统运维经验，并持有相应的专业证书。乙方更换驻场人员须提前十日书面征得甲方同意，且替换人员资历不得低于原人员。
（五）服务期满或合同终止时，乙方应向甲方或甲方指定的后续运维单位完整移交系统账号、运维文档、脚本、备份数据及问题清单，并提供不少于十个工作日的交接配合。

第五条 服务水平
（一）系统月度可用率不低于99.95%（不含甲方政务云原因及经甲方批准的计划内维护）。
（二）故障分级及时限：一级故障（系统整体不可用或圩日排期、价格公示无法访问）15分钟内响应，2小时内恢复；二级故障（单一模块或部分乡镇不可用）30分钟内响应，8小时内恢复；三级故障（一般问题及咨询）2个工作日内解决。
（三）乙方应建立运维工单，记录每次故障的发现时间、响应时间、处理过程及结果，每月向甲方提交运维月报。
（四）对于国家或行业主管部门通报的高危安全漏洞，乙方应在收到通报后三个工作日内完成修复或采取临时防护措施；中危漏洞在十个工作日内完成修复。
（五）圩日高峰期间，乙方应提前一日完成系统巡检，并安排专人值守至当日集市结束。

第六条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括：可用率是否达标、故障响应及恢复是否超时、巡检及演练是否按期完成、运维月报是否按时提交、用户满意度调查结果不低于八十五分。
（二）扣款标准：可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,000；一级故障响应或恢复每超时一小时，扣减¥800；二级故障每超时一小时，扣减¥300；巡检、演练未按期完成的，每项扣减¥2,000。
（三）服务期满后，甲方依据四个季度考核结果及运维文档移交情况进行年度验收，并出具验收意见。年度验收须同时满足：四个季度考核均已完成并确认；运维文档、脚本及数据已按第四条第（五）项完成移交；服务期内未发生因乙方原因导致的重大数据安全事件。

第七条 数据安全
（一）系统中的农户、商户登记信息、摊位及交易价格数据、快检结果数据均属于甲方所有。乙方仅可为提供运维服务之目的接触和处理上述数据，不得用于其他目的。
（二）乙方应遵守网络安全等级保护要求，运维操作须通过甲方堡垒机进行，严禁将数据下载至个人设备，严禁在系统中留存后门。
（三）发生数据泄露、篡改或系统被入侵等安全事件的，乙方应在1小时内报告甲方，并配合调查处置；因乙方原因造成的，由乙方承担全部责任。
（四）服务期满或合同终止时，乙方应将其因履约而持有的甲方数据全部交还甲方，并删除留存的副本，出具书面删除确认。
（五）乙方处理农户、商户个人信息，应遵守《个人信息保护法》，不得超出运维所必需的范围查询或导出。

第八条 保密
乙方及其人员对在服务过程中知悉的甲方工作信息、系统账号密码及农户个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与驻场及参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。保密义务不因本合同终止而解除。

第九条 知识产权
乙方在服务期内编写的运维文档、脚本、功能小修改的程序代码及培训材料，知识产权归甲方所有，乙方应随月报及年度验收一并移交。甲方有权自行或委托第三方使用、修改上述成果，无需另行向乙方支付费用。

第十条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十一条 违约责任
（一）乙方未按第四条约定时间完成交接，或未按期完成季度巡检、恢复演练的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第七条、第八条约定的，应赔偿甲方因此遭受的损失。
（三）甲方无正当理由逾期支付服务费的，应按逾期金额每日万分之二支付违约金。
（四）乙方在本合同项下承担的违约金及赔偿责任累计不超过本合同总价的50%。

第十二条 合同的履行与解除
本合同生效后，双方均不得单方解除合同。乙方服务不达标的，甲方按第六条扣减服务费，并有权要求乙方限期整改、继续履行本合同。因不可抗力不能履行的，受影响方应及时通知对方，并根据影响程度部分或全部免除责任。

第十三条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，乙方应继续提供运维服务，不得以存在争议为由中断或降低服务。

第十四条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分；上述文件与本合同不一致的，以本合同为准。

甲方（盖章）：                    乙方（盖章）：
"""

H887Z05 = """# 匠迹工序追踪系统软件许可及定制开发合同

> 匠迹软件标准合同文本 V3.0（供方格式文本）

**合同编号：** JJ-BX-2027-0426

**甲方（用户）：** 某贝壳画艺术工作室

**乙方（供方）：** 某匠迹软件科技有限公司

甲方拟采购乙方"匠迹工序追踪系统"用于贝壳画产品的生产过程管理，双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"匠迹工序追踪系统"标准版软件使用许可（二十个用户），许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，内容包括：贝壳原料入库及批次管理、选贝、切片、打磨、拼贴、上色、封漆、装裱等工序流转记录，半成品扫码报工，订单交期看板，以及与甲方网店订单的对接。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统运行所需的服务器、扫码枪、标签打印机、网络及操作系统、数据库软件由甲方自行准备，不包含在本合同价格内。乙方可提供配置建议，但不对甲方自备设备的性能及兼容性承担责任。

1.5 软件使用许可仅限甲方在其自有工作室内部使用，不得转让、出租或再许可。甲方增加用户数的，按乙方当时的报价另行购买。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工序追踪系统标准版软件许可（二十用户） | 1套 | 96,000 |
| 2 | 工序流转及订单看板定制开发 | 1项 | 118,000 |
| 3 | 安装部署、数据初始化及培训 | 1项 | 26,000 |
| | 合计 | | 240,000 |

合同总价为人民币贰拾肆万元整（¥240,000），含增值税，不含甲方自备硬件及第三方软件费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥156,000。乙方收到该款项后开始安排开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥84,000。

3.3 甲方未按期付款的，乙方有权暂停开发、实施或技术服务，由此导致的工期延误由甲方负责。

3.4 乙方在收到每期款项后十个工作日内向甲方开具增值税普通发票。

## 第四条 交付与验收

4.1 乙方在收到首期款后九十日内完成定制开发及安装部署。因甲方需求变更、资料提供不及时导致延误的，交付期限相应顺延。开发期间乙方每两周向甲方通报一次开发进度。

4.2 甲方应在合同签订后十日内向乙方提供工序清单、产品分类、历史订单样例等开发所需资料，并指定专人配合需求调研。需求调研完成后，甲方应在五个工作日内签署需求确认书；需求确认后甲方提出的变更，乙方有权另行收费并顺延工期。

4.3 乙方完成安装部署并向甲方开通系统账号后，即视为系统交付完成并验收合格，甲方应在系统上线后签署上线确认单。甲方对系统有意见的，可在后续技术服务中提出，但不影响付款。

4.4 乙方提供线上操作培训两次，每次不超过两小时，并提供电子版操作手册。甲方新增人员的培训按现场服务标准收费。

## 第五条 技术服务

5.1 自系统上线之日起，乙方提供六个月的免费维护服务，包括软件缺陷修复和远程技术支持。

5.2 免费维护期内，甲方报告紧急故障（系统无法登录或无法报工）的，乙方在工作日24小时内响应，并尽合理努力尽快排除；一般问题在三个工作日内答复。

5.4 技术支持通过电话、微信群及远程桌面方式提供，乙方服务时间为工作日九时至十八时，法定节假日不提供服务。

5.3 乙方对故障响应或处理时间不作任何赔偿承诺，不因故障处理时间承担扣款、赔偿或违约金。

## 第六条 维护服务

6.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，年度维护费为软件许可费的18%，即每年¥17,280。

6.2 年度维护服务包括软件缺陷修复、小版本升级及远程技术支持，不包括新增功能开发和现场服务。现场服务按每人每日¥2,000另行收费。年度维护费于每个维护年度开始前一次性支付。

6.3 甲方未签订年度维护合同的，乙方不再提供任何技术支持，系统出现问题由甲方自行负责。

## 第七条 知识产权

7.1 "匠迹工序追踪系统"及其相关文档的知识产权归乙方所有。

7.2 乙方保证其提供的标准版软件不侵犯第三方的著作权或专利权。

7.3 乙方为甲方定制开发的工序流转模块、订单看板、网店对接程序及其源代码的知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得对定制开发成果进行修改、反向工程或提供给第三方使用。乙方有权将定制开发成果用于其他客户。

## 第八条 数据

8.1 甲方在系统中录入的工艺、订单、客户及作品图片等数据属于甲方所有，乙方不得将甲方数据用于本合同以外的目的，乙方人员不得擅自下载、拷贝甲方数据。

8.2 乙方远程维护时应使用甲方提供的临时账号，维护结束后由甲方关闭；乙方应采取合理的安全措施，防止甲方数据在维护过程中被泄露或篡改。

8.3 因乙方原因发生数据泄露或丢失的，乙方应在知悉后二十四小时内通知甲方，协助恢复数据，并承担相应的赔偿责任。

8.4 甲方应自行做好系统数据的定期备份。乙方在维护过程中如需对数据库进行操作，应事先告知甲方，由甲方确认已完成备份。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密、技术资料和客户信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。依法律规定或监管要求披露的，不视为违反本条约定，但披露方应及时通知对方。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失及数据恢复费用以外的其他损失。

10.4 因甲方自备设备、网络故障或甲方人员操作不当导致的损失，乙方不承担责任。

## 第十一条 合同解除

一方严重违约，经对方书面催告后三十日内仍未改正的，守约方可以书面通知解除本合同。合同解除后，甲方已支付的款项中与已完成工作相对应的部分不予退还。因甲方违约解除合同的，甲方应停止使用定制开发成果。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方不承担违约责任，但应及时通知对方并在十五日内提供证明。不可抗力影响消除后，双方应继续履行本合同，交付期限相应顺延。开发期间乙方每两周向甲方通报一次开发进度。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 双方联系人及通知地址以合同首页所载为准，一方变更的，应提前五日书面通知对方；通过电子邮件发送的通知，发出即视为送达。

14.3 本合同为乙方格式文本，双方另有约定的，以补充协议为准。

**甲方（盖章）：**　　　　　　**乙方（盖章）：**

**日期：**　　　　　　　　　　**日期：**
"""

H887E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BLS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Tianjin Harbourline Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China (the "Buyer"), and Baja Logic Systems, S.A. de C.V., a company incorporated in Mexico with its principal office in Mexicali, Baja California (the "Vendor").
P:The Vendor develops and licenses DockPilot, a yard, dock and cold-room scheduling system. The Buyer wishes to acquire a perpetual licence of DockPilot for its three temperature-controlled warehouses in Tianjin and to have the Vendor configure and integrate it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means DockPilot version 8 in object code, including the dock scheduling, yard management, cold-room slotting and carrier portal modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, configurations, reports, scripts and documentation prepared by the Vendor specifically for the Buyer under Article 3, including their source code.
P:1.3 "Go-Live" means the start of productive use of the Software in all three warehouses.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive and irrevocable licence to install and use the Software at the Buyer's sites and data centre for an unlimited number of named users, for the Buyer's own business and that of its affiliates in China.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The licence survives any termination of this Agreement, except termination by the Vendor for the Buyer's failure to pay the Licence Fee.
P:2.3 The Vendor confirms that the Software contains no time lock, remote disabling function or licence key that expires.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software, build interfaces to the Buyer's warehouse management system, transport management system and temperature monitoring platform, migrate the master data of docks, carriers and cold rooms, and train the Buyer's key users and administrators.
P:3.2 The Vendor shall carry out the services according to the project plan attached as Annex 2, with Go-Live no later than 150 days after the Effective Date. The Vendor shall appoint a project manager who speaks Chinese or works with a qualified interpreter provided at the Vendor's cost.
P:3.3 The Buyer shall provide the servers, operating systems and database licences described in Annex 2, access to its sites and systems, and timely decisions from its project team. Delays caused by the Buyer extend the Vendor's dates accordingly.
P:3.4 On-site work in Tianjin shall be performed in compliance with the Buyer's site safety, food safety and visitor rules.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,668,000, fixed and inclusive of all taxes, travel and expenses, made up of: Licence Fee CNY 1,240,000; configuration, interfaces and data migration CNY 386,000; training CNY 42,000.
P:4.2 The Buyer shall pay: (a) 10% of the Contract Price within 30 days after the Effective Date, against the Vendor's invoice; (b) 55% after Go-Live, which is not acceptance; and (c) 35% after Final Acceptance.
P:4.3 Invoices are payable within 30 days of receipt in CNY to the Vendor's account. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 45 consecutive days. Final Acceptance requires that: (a) every function listed in the specification of Annex 1 has passed the agreed test scripts; (b) dock appointments, arrival events and cold-room temperature records are exchanged with the Buyer's systems without loss or duplication, as shown by daily reconciliation reports; (c) booking and check-in screens respond in under 2 seconds with 400 concurrent users; and (d) no Severity 1 incident has occurred during the last 20 days of the run.
P:5.2 The Buyer shall issue the acceptance certificate, or a list of defects, within ten working days after the run. The Vendor shall correct listed defects and the relevant tests shall be repeated. Go-Live, productive use or payment does not mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specification for 24 months after Final Acceptance. During this period the Vendor shall correct defects, supply updates and new versions and provide support free of charge.
P:6.2 Severity 1 incidents (dock scheduling or gate check-in unavailable in any warehouse) shall be responded to within 1 hour and a workaround provided within 6 hours, at any time of day. Severity 2 incidents shall be responded to within 3 hours during business hours.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit CNY 1,000 against the next invoice or, during the warranty, pay this amount to the Buyer.
P:6.4 After the warranty the Buyer may buy annual support, covering the services of Articles 6.1 to 6.3, for 11% of the Licence Fee per year (CNY 136,400). This fee is fixed for the first three years after the warranty. Support is ordered by the Buyer each year and does not renew automatically.
P:6.5 Updates and new versions released during the warranty and any support year are supplied without additional licence fees, together with release notes and upgrade instructions.
H:Article 7 Intellectual Property
P:7.1 The Software and the Vendor's pre-existing tools remain the property of the Vendor.
P:7.2 The Custom Deliverables belong to the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Buyer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 8 Data Protection and Security
P:8.1 All data entered into or generated by the Software, including carrier, driver and shipment data and temperature records, belongs to the Buyer. The Vendor may process it only to perform this Agreement and for no other purpose.
P:8.2 The Software is hosted in the Buyer's data centre in Tianjin. Remote access by the Vendor requires the Buyer's approval for each session, takes place through the Buyer's bastion host and is logged. The Vendor shall not copy Buyer data outside the Buyer's systems or transfer it out of China.
P:8.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law, notify the Buyer of any security incident affecting Buyer data within 12 hours, assist in remedying it, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and use it only for this Agreement. This obligation lasts for five years after the end of this Agreement.
P:9.2 Information that is public, independently developed or required to be disclosed by law is excluded.
H:Article 10 Delay and Liability
P:10.1 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, breach of Article 8 or 9, or the indemnity in Article 7.3.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor, who shall be bound by obligations equivalent to those in Articles 8 and 9.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination by the Buyer, the Vendor shall refund the amounts paid for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the United Mexican States.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the Arbitration Center of Mexico (CAM) under its rules, by a sole arbitrator. The seat of arbitration is Mexicali, Baja California, and the language is English.
H:Article 14 Force Majeure
P:Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or the failure of public networks, provided that it notifies the other party promptly, gives evidence of the event and takes reasonable steps to limit its effect. If such an event prevents performance for more than 60 days, either party may terminate this Agreement by written notice.
H:Article 15 General
P:15.1 Annexes: Annex 1 Functional Specification; Annex 2 Project Plan; Annex 3 Support Terms. If there is a conflict, this Agreement prevails.
P:15.2 Notices shall be in writing and sent to the addresses on the first page; notices sent by e-mail are effective on confirmed receipt.
P:15.3 Amendments must be in writing and signed by both parties. This Agreement is signed in English in two originals and enters into force on signature by both parties (the "Effective Date").
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H887E02 = """# MareaOps Subscription Order Form

**Order Form No.** MO-CN-27-0093

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts.

## PART A — ORDER DETAILS

### A1. Parties

- **Provider:** MareaOps Tecnología Acuícola, S. de R.L. de C.V., Avenida Reforma, Ensenada, Baja California, Mexico.
- **Customer:** Dalian Bluebay Seafood Farming Co., Ltd., Dalian, Liaoning, People's Republic of China.

### A2. Subscribed Service

MareaOps, a cloud platform for aquaculture farm operations: pen and tank registry, feeding plans and feed stock, water-quality readings from the Customer's sensors, mortality and harvest records, work orders for boat crews, and management dashboards. Subscription for 6 farm sites, 180 named users and 2,000 monitored pens and tanks. The Service is delivered from Provider's cloud region operated by a licensed cloud provider in mainland China.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 6 sites, 180 users | 276,000 |
| Subscription Fee, Subscription Year 2 | 6 sites, 180 users | 276,000 |
| Onboarding Services (one-time) | configuration, data import, sensor gateway connection, training | 34,000 |
| **Total Fees for the Subscription Term** | | **586,000** |

All Fees are in CNY and include VAT. Additional users may be added at CNY 1,150 per user per Subscription Year, pro rata; such additions are not part of the Total Fees above.

### A4. Subscription Term and Invoicing

A4.1 The Subscription Term consists of two Subscription Years. Subscription Year 1 starts on the date of Go-Live Acceptance under A5 (the "Subscription Start Date"); Subscription Year 2 starts on its first anniversary.

A4.2 Provider invoices the Subscription Fee for each Subscription Year on its first day. The Onboarding Services fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days of receipt.

A4.3 At the end of the Subscription Term, the subscription renews for one further Subscription Year at the same Fees as Subscription Year 2, unless either party gives written notice of non-renewal at least 60 days before the end of the Subscription Term. Any later change of Fees requires a new Order Form signed by both parties.

### A5. Onboarding and Go-Live Acceptance

A5.1 Provider shall complete the Onboarding Services within 60 days after signature of this Order Form. Onboarding includes configuring the six farm sites, importing the pen and tank registry and two seasons of historical feeding and harvest data, connecting the Customer's sensor gateways and training 25 key users.

A5.2 Go-Live Acceptance tests, run jointly by the parties: (a) imported records reconcile with the Customer's source spreadsheets without differences; (b) readings from every connected sensor gateway arrive in the Service within 5 minutes; (c) feeding plans, work orders and harvest records can be created on the mobile app in offline mode and synchronise without loss; (d) the dashboards listed in the onboarding plan show correct figures for a test month. When all tests pass, the Customer signs a Go-Live Acceptance certificate. Use of the Service before the certificate is not acceptance.

A5.3 If Go-Live Acceptance is delayed beyond the date in A5.1 for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay, deducted from the Onboarding Services fee and then from the Subscription Fee.

### A6. Contacts and Signature

Customer contact: Head of Farm Digitalisation, Dalian. Provider contact: Customer Success Lead, Ensenada.

Signed for the Customer: ____________________ Date: ________

Signed for Provider: ____________________ Date: ________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the MareaOps platform described in A2, including its mobile apps and application programming interfaces.

1.2 "Customer Data" means all data entered into the Service by or for the Customer, including data received from the Customer's sensors, and all reports generated from it.

1.3 "Customer Configurations" means the site models, feeding templates, forms, dashboards and integration mappings created by Provider specifically for the Customer.

### 2. Provision of the Service

2.1 Provider shall make the Service available to the Customer's users during the Subscription Term in accordance with this Order Form and the service levels in Section 3.

2.2 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality. Provider shall announce major updates 14 days in advance.

2.3 The Customer is responsible for the accuracy of Customer Data, for its users' accounts and passwords and for the sensors and network connections at its farm sites.

### 3. Service Levels

3.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced 48 hours in advance and performed between 23:00 and 05:00 China Standard Time.

3.2 Support is provided through the support portal and a Chinese-language hotline. Provider shall respond to Severity 1 incidents (Service unavailable for all users or sensor data not received from any site) within 8 business hours, to Severity 2 incidents within 2 business days and to other requests within 5 business days. Business hours are 09:00 to 18:00 China Standard Time, Monday to Friday.

3.3 If monthly availability falls below the level in 3.1, the Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each started 0.1 percentage point of shortfall, up to half of that monthly equivalent. Credits are applied to the next invoice or refunded at the end of the Subscription Term.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. Provider may use Customer Data only to provide the Service to the Customer and for no other purpose, and shall not sell, analyse for its own purposes or disclose Customer Data.

4.2 The Customer may export Customer Data at any time in CSV or through the API. Within 30 days after the end of the Subscription Term Provider shall return all Customer Data and then delete it from its systems, including backups, and confirm deletion in writing.

### 5. Data Protection and Security

5.1 Provider shall store and process Customer Data only in mainland China and shall not transfer it abroad. Provider's staff in Mexico do not access Customer Data except through logged remote sessions approved by the Customer.

5.2 Provider shall maintain security measures appropriate to the risk, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, daily backups kept for 30 days and annual penetration tests, and shall keep the Service's MLPS level 2 filing current.

5.3 Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, shall take immediate steps to contain it and shall bear the costs and losses caused by its failure to comply with this Section.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service and its underlying software.

6.2 Customer Configurations belong to the Customer. Provider shall deliver them in an exportable format on request and at the end of the Subscription Term, and the Customer may use, modify and have third parties use them without restriction.

### 7. Subcontracting

Provider shall not subcontract the Onboarding Services or the operation of the Service, other than to the cloud provider named in A2, without the Customer's prior written consent.

### 8. Liability

8.1 Each party's total liability under this Order Form is limited to 200% of the Total Fees in A3.

8.2 The limit does not apply to breach of Section 5, personal injury or wilful misconduct.

### 9. Term and Termination

9.1 This Order Form runs until the end of the Subscription Term and any renewal under A4.3.

9.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If the Customer terminates for Provider's breach, Provider shall refund the Fees paid for the part of the Subscription Year after termination.

9.3 On expiry or termination, Section 4.2 applies.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 11. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, typhoons, epidemics, acts of government and failures of public telecommunications networks, provided that it informs the other party without delay and uses reasonable efforts to resume performance. Force majeure does not excuse the Customer's payment obligations for periods in which the Service was available, nor Provider's obligations under Section 5.

### 12. Acceptable Use

The Customer shall use the Service only for its own farming operations and shall not attempt to probe, copy or reverse engineer the Service, resell access to third parties or upload unlawful content. Provider may suspend an individual user account that clearly breaches this Section after informing the Customer, and shall restore it once the breach has ended.

### 13. General

13.1 These General Terms prevail over any terms on Provider's website, in click-through screens or on invoices.

13.2 Amendments must be in writing and signed by both parties. Notices are sent to the contacts in A6 by e-mail with a copy by courier.

13.3 If any provision is held invalid, the remaining provisions stay in force.
"""

H887E03 = """T:SUPPLY AND LICENCE CONTRACT FOR TURBINE CONDITION MONITORING SYSTEM
P:Contract No. NMWP-CMS-2027-06
P:Buyer: Inner Mongolia Steppe Wind Power Operation Co., Ltd., Hohhot, People's Republic of China (the "Buyer").
P:Supplier: Istmo Eólica Sensores, S.A. de C.V., Juchitán de Zaragoza, Oaxaca, Mexico (the "Supplier").
P:The Buyer operates the Baiyinhua wind farm with 30 turbines of 3.6 MW. Following its tender, the Buyer awards to the Supplier the supply of vibration sensors and edge gateways and a licence of the Supplier's condition monitoring software, together with installation and commissioning, on the terms of this Contract, which is the Buyer's standard form.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, cables, brackets and spare parts listed in clause 3.
P:1.2 "Software" means the Supplier's VientoSense condition monitoring software, including its server application, analytics models and web client, in the version current at delivery.
P:1.3 "Custom Work" means the turbine models, alarm thresholds, fault signatures, reports and interfaces configured or developed for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 6.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, install four vibration sensors on the main bearing, gearbox and generator of each turbine and one edge gateway in each nacelle, install the Software on servers provided by the Buyer in the wind farm's control building, connect the system to the Buyer's SCADA system, and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the 30 turbines of the wind farm, and for any turbines added later on payment of the per-turbine price in clause 3. The licence is irrevocable once the licence price has been paid.
P:2.3 The Buyer shall provide the servers, network connection and access to the turbines, and shall schedule turbine stops for installation with reasonable notice.
P:2.4 All Equipment shall be new, of the models in the Supplier's technical offer, and certified for operation between minus 40 and plus 70 degrees Celsius.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,982,000, including all taxes, duties, import clearance, delivery to site, insurance and the Supplier's travel. It is fixed for the duration of this Contract and broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial vibration sensors with cables and brackets|120|6,800|816,000
TB:2|Edge gateways for nacelle installation|30|14,500|435,000
TB:3|VientoSense software licence, perpetual, per turbine|30|17,400|522,000
TB:|Hardware and Licence Subtotal|||1,773,000
TB:4|Installation in nacelles and cabling|1 lot|164,000|164,000
TB:5|Commissioning, SCADA interface and training|1 lot|45,000|45,000
TB:|Contract Price|||1,982,000
P:3.2 The Supplier shall supply spare sensors and one spare gateway as listed in the technical offer at no additional charge.
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price as an advance within 20 working days after receiving the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price after all Equipment has been installed and the Software has been installed and connected to SCADA, as recorded in an installation certificate. The installation certificate does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance.
P:4.4 Each payment is made within 30 days after receipt of a correct VAT invoice. The advance payment guarantee is released after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the wind farm within 90 days after signature of this Contract and complete installation within a further 60 days, in the periods agreed with the Buyer's operations team to limit turbine downtime.
P:5.2 Work in nacelles shall be carried out only by personnel holding valid working-at-height and electrical certificates and in compliance with the Buyer's safety rules and permit-to-work system. The Supplier is responsible for the safety of its personnel.
H:6. Acceptance
P:6.1 After installation the system shall run for 60 consecutive days. Final Acceptance requires that: (a) all 120 sensors and 30 gateways report data to the Software with at least 98% of expected samples received over the run; (b) the Software shows spectra and trend values for each monitored component and raises alarms when test signals are injected; (c) turbine status, power and wind speed from SCADA are displayed together with vibration data with a time offset under 1 second; (d) the monthly condition report for each turbine has been produced and reviewed with the Buyer's engineers; and (e) the as-built documentation and training records have been delivered.
P:6.2 The Buyer shall issue a Final Acceptance certificate or a list of defects within 10 working days after the run. Installation, use of the system or payment does not mean acceptance. Defects shall be remedied and the relevant tests repeated at the Supplier's cost.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment, including the work in nacelles, and correct Software defects, and supply Software updates, free of charge.
P:7.2 Faults are classified in the table below. The Supplier shall meet the times stated:
TB:Severity|Description|Response|Remedy
TB:Severity 1|Software or server unavailable, or no data from more than five turbines|2 hours|workaround in 8 hours
TB:Severity 2|No data from one to five turbines or false alarms|8 hours|fix in 3 working days
TB:Severity 3|Other faults and questions|1 working day|next update
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or workaround time it shall pay CNY 800, and for each working day of delay in fixing a Severity 2 fault CNY 300. The Buyer may deduct these amounts from any amount due.
P:7.4 After the warranty, the Buyer may order annual support covering clauses 7.1 to 7.3 for 8% of the Hardware and Licence Subtotal per year (CNY 141,840). This price is fixed for the first two years after the warranty, and each year of support is ordered separately without automatic renewal.
H:8. Intellectual Property
P:8.1 The Software and the Supplier's standard analytics models remain the property of the Supplier.
P:8.2 The Custom Work belongs to the Buyer. The Supplier shall hand over the configuration files, fault signatures and interface source code at Final Acceptance. The Buyer may use, modify and license the Custom Work freely, including for other wind farms.
H:9. Data Security
P:9.1 All measurement data, alarms, reports and SCADA data collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The system runs on the Buyer's network. Remote access by the Supplier is allowed only through the Buyer's secure remote access platform, after approval of each session, and is recorded. The Supplier shall not transfer Buyer data outside the wind farm's network or outside China and shall follow the Buyer's cyber security rules for power generation control systems.
P:9.3 The Supplier shall report any security incident involving the system within 2 hours, cooperate in the investigation and bear the losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's wind farm, grid connection, equipment and performance received under this Contract, and shall not disclose it to third parties without the Buyer's prior written consent.
P:10.2 This obligation continues for five years after the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If delivery, installation or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, damage caused wilfully or by gross negligence, and breach of clauses 9 and 10.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. An approved subcontractor for installation work shall hold the certificates required by clause 5.2.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for work not accepted and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The arbitration award is final.
H:15. Miscellaneous
P:15.1 The tender documents, the Supplier's offer and the technical specification form part of this Contract. If there is a conflict, this Contract prevails.
P:15.2 This Contract is made in English and Chinese. Both versions are equally valid.
P:15.3 Neither party is liable for delay caused by force majeure, such as extreme weather preventing work at height, earthquakes or acts of government, provided that it notifies the other party promptly and resumes performance as soon as possible. Amendments to this Contract must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H887E04 = """# Managed IT Services Agreement

**Agreement No.** NV-YS-2027-03

**Between**

- **Yunshan Coffee Trading (Shanghai) Co., Ltd.**, Shanghai, People's Republic of China ("Customer"); and
- **Nube Veracruz Servicios Gestionados, S.A. de C.V.**, Xalapa, Veracruz, Mexico ("Provider").

**Background.** Customer imports, roasts and distributes coffee through a head office in Shanghai, two roasteries and eleven sales offices in China. Provider runs a bilingual service centre in Xalapa and supports companies in the coffee trade. Customer wishes to outsource the operation of its end-user IT support and network monitoring to Provider for 36 months.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that Transition is complete under Section 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider receives or can access in performing the Services.

1.5 "Deliverables" means the runbooks, knowledge articles, scripts, configuration records and reports prepared by Provider for Customer.

## 2. Services

2.1 Provider shall perform the Services described in Schedule 1 at the service levels in Schedule 2 for the sites listed in Schedule 3.

2.2 Provider shall perform the Services with qualified staff, in Chinese and English, following ITIL practices and Customer's IT policies as provided to Provider from time to time.

2.3 Provider shall nominate a service delivery manager who chairs a monthly service review with Customer and submits a monthly report on tickets, service levels, trends and improvement actions.

2.4 Customer shall give Provider's staff the system access, site access and information reasonably needed for the Services, keep a current asset list and designate an IT coordinator at each site. Provider is not responsible for a missed service level to the extent caused by Customer's failure to do so.

2.5 Provider shall keep the key personnel named in its offer, including the service delivery manager and the team lead of the service desk, for at least the first year of the Term, unless they leave Provider's employment. Replacements shall have comparable experience and shall be introduced to Customer before they start.

2.6 Once per quarter the parties' managers meet to review the service, planned changes at Customer's sites, open risks and the improvement plan. Decisions are recorded in minutes signed by both parties.

## 3. Charges and Payment

3.1 Customer shall pay the Transition Fee and the Monthly Service Charge set out in Schedule 1. The total charges for the Term are CNY 2,184,000 (the "Contract Value").

3.2 The Transition Fee is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days of receipt.

3.3 Charges are fixed for the Term and include VAT, travel and all of Provider's costs. Work outside the scope of Schedule 1 requires a change order signed by both parties.

## 4. Transition

4.1 Provider shall complete Transition within 75 days after signature of this Agreement, following the milestones in Schedule 3.

4.2 Transition is complete when: (a) all open tickets and knowledge articles have been taken over from Customer's previous supplier; (b) monitoring of every network device in Schedule 3 is active and alerts reach the service desk; (c) a two-week parallel run shows that tickets are logged, assigned and reported correctly; and (d) Customer has approved the runbooks for each site. Customer confirms completion in writing within 5 working days after Provider's notice or gives reasons for refusal.

4.3 If the Service Commencement Date is delayed beyond the period in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the service levels in Schedule 2. Performance is measured monthly from the ticketing system, to which Customer has read access.

5.2 If a service level is missed in a month, Customer receives the service credit stated in Schedule 2, deducted from the next invoice. Credits in one month are limited to 20% of that month's Monthly Service Charge. Credits do not limit Customer's other rights.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer on request and at the end of the Term.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party, including prices, supplier and customer lists, roasting recipes and information about Customer's systems, and shall use it only for this Agreement.

7.2 Disclosure is allowed to employees and advisers who need to know and are bound by equivalent duties, or where required by law. These duties last for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 Provider's own tools, templates and ticketing platform remain Provider's property.

8.2 The Deliverables belong to Customer. Customer may use, modify and give them to any replacement supplier without restriction.

## 9. Subcontracting

Provider may engage subcontractors for on-site field support at Customer's sites in China, or for parts of the Services, by giving Customer written notice of the subcontractor's name and tasks at least 10 days in advance. Provider remains responsible for the work of its subcontractors.

## 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement is limited to the charges paid by Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss. The limits do not apply to personal injury or wilful misconduct.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written agreement.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the same Priority 1 service level in three consecutive months.

11.3 On expiry or termination Provider shall provide exit assistance for up to 60 days at the rates in Schedule 1, hand over all Deliverables and cooperate with Customer's new supplier.

## 12. Force Majeure

Neither party is liable for delay caused by events beyond its control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to continue the Services, including by switching to its backup service desk.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be referred to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai.

## 14. General

This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

## Schedule 1 — Services and Charges

| Service | Scope | Charge (CNY) |
|---|---|---|
| Transition | take-over from previous supplier, monitoring set-up, runbooks, parallel run | 96,000 one-time |
| Service desk | Chinese / English, 07:00–22:00 China Standard Time on working days, on-call at other times; about 420 users | included in Monthly Service Charge |
| End-user support | laptops, desktops, printers, mobile devices, software installation, patch management | included |
| Network monitoring | routers, switches and Wi-Fi at 14 sites, carrier liaison | included |
| On-site field support | visits to sites within the response times of Schedule 2 | included |
| Monthly Service Charge | all services above | 58,000 per month × 36 months = 2,088,000 |
| Exit assistance | after the Term, if requested | 2,600 per person-day |

## Schedule 2 — Service Levels

| Priority | Example | Response | Resolution | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | a roastery or the head office cannot work; network down at a site | 30 minutes | 6 hours | 5% of the Monthly Service Charge |
| Priority 2 | a group of users or a key application affected | 1 hour | 1 working day | 2% of the Monthly Service Charge |
| Priority 3 | a single user affected | 8 working hours | 3 working days | 1% of the Monthly Service Charge |
| Service desk calls | answered within 60 seconds, 90% of calls per month | — | — | 1% of the Monthly Service Charge |

## Schedule 3 — Sites and Transition Milestones

| Site | Users | Network devices | Transition milestone |
|---|---|---|---|
| Head office, Shanghai | 160 | 38 | monitoring active by day 45 |
| Roastery, Kunshan | 85 | 24 | monitoring active by day 45 |
| Roastery, Pu'er | 60 | 19 | monitoring active by day 60 |
| Eleven sales offices | 115 | 66 | monitoring active by day 60 |
| All sites | 420 | 147 | parallel run days 61–75 |
"""

H887E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. VD-SZ-2027-118

PARTIES

Licensor: Veta Datos Mineros, S.A. de C.V., a company incorporated in Mexico, with its registered office in Hidalgo del Parral, Chihuahua, Mexico ("Provider").

Licensee: Shenzhen Jinshi Nonferrous Metals Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shenzhen ("Customer").

BACKGROUND

Provider compiles and publishes data on mine production, concentrate shipments, smelter treatment charges and regional metal prices for Mexico and Latin America through the VetaData application programming interface (the "API"). Customer trades silver, lead and zinc concentrates and wishes to receive this data in its trading and risk systems for two years.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in Annex A, as updated by Provider from time to time, delivered through the API and the web portal.

1.2 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary.

1.3 "Activation Date" means the date on which Customer signs the API acceptance record under clause 4.3.

1.4 "Customer Inputs" means watchlists, portfolios, queries, uploaded position files and any other data that Customer submits to the API or the portal.

1.5 "Connector" means the software interface developed by Provider under clause 4.1 to load the Licensed Data into Customer's risk management system.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable licence to access the Licensed Data through the API and portal and to use it for Customer's internal trading, risk management, reporting and credit decisions.

2.2 Customer may give up to 35 named users access to the portal and may run up to 200,000 API calls per day. Customer may share extracts of the Licensed Data with its banks, auditors and regulators when needed for its business, but may not resell the Licensed Data or publish it.

2.3 Provider retains all rights in the Licensed Data and the API. Provider may change the format of the Licensed Data after giving at least 30 days' notice, provided that the data sets in Annex A remain available.

3. FEES AND PAYMENT

3.1 The fees under this Agreement are:
(a) Subscription Fee: CNY 318,000 for each Subscription Year, CNY 636,000 for the two Subscription Years;
(b) Set-up Fee for the Connector and onboarding: CNY 22,000, one-time.
The total fees are CNY 658,000, inclusive of VAT. Usage above the daily call limit is charged at the rates in Annex B and is not included in the total.

3.2 The Set-up Fee is invoiced after the Activation Date. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable in CNY within 30 days after receipt.

3.3 Fees are fixed for the two Subscription Years.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall issue API credentials for a test environment, develop the Connector according to the mapping agreed with Customer and support Customer's technical team during integration. Provider aims to make the test environment available within ten business days after signature.

4.2 Customer may test the API and Connector for up to 30 days. The acceptance tests are: (a) every data set in Annex A is delivered with the fields and history stated there; (b) a sample of 200 records chosen by Customer matches Provider's published reports; (c) daily updates are received by 08:00 China Standard Time on five consecutive business days; and (d) the Connector loads a full day of data into Customer's risk system without errors.

4.3 When all tests are passed, Customer signs an API acceptance record, and the production credentials are activated. If a test fails, Provider shall correct the problem and the test shall be repeated. Access to the test environment is not acceptance.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to make the API and the portal available and to deliver updates of the Licensed Data at the frequencies described in Annex A.

5.2 Provider offers e-mail support in English and Spanish during its business hours and will answer support requests as soon as reasonably practicable. Provider may interrupt the API for maintenance and will try to announce planned interruptions in advance.

5.3 Provider does not warrant that the Licensed Data is complete or free from errors, but shall correct errors that Customer reports to it in the next regular update.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs belong to Customer. Provider may use Customer Inputs only to provide the API and the portal to Customer and shall not analyse them for its own purposes, combine them with other customers' data or disclose them to any third party.

6.2 Provider shall protect Customer Inputs and Customer's credentials with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named support staff, multi-factor authentication and logging of all access. Customer Inputs shall be deleted within 30 days after the end of this Agreement.

6.3 Provider shall inform Customer of any unauthorised access to Customer Inputs or Customer's credentials within 24 hours after becoming aware of it, shall take the steps needed to stop it and shall compensate Customer for the losses caused by Provider's failure to comply with this clause 6.

6.4 Customer is responsible for the lawful use of the Licensed Data in China and for keeping its credentials secret.

7. INTELLECTUAL PROPERTY IN THE CONNECTOR

7.1 The Connector, including its source code and documentation, belongs to Customer from its delivery. Provider shall deliver the source code with the API acceptance record.

7.2 Customer may use, modify and maintain the Connector itself or through third parties without restriction, including after the end of this Agreement.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's trading positions and counterparties and Provider's pricing, and shall not disclose it to third parties without prior written consent, except as required by law.

8.2 These obligations continue for three years after the end of this Agreement.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in clause 3.1.

9.2 The limit does not apply to breach of clause 6 or 8, infringement of the other party's intellectual property, or wilful misconduct.

9.3 Neither party is liable for loss of profit or trading losses, except where caused by wilful misconduct.

10. SUBCONTRACTING

Provider shall not subcontract the development of the Connector or the operation of the API without Customer's prior written consent. Provider remains responsible for any subcontractor approved by Customer.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a further subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after receiving notice.

11.3 Customer may terminate this Agreement by written notice if the Activation Date has not occurred within 90 days after signature.

11.4 If Customer terminates under clause 11.2 or 11.3, Provider shall refund the Subscription Fee for the period after termination and, under clause 11.3, the Set-up Fee.

12. FORCE MAJEURE

Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, war, acts of government and failures of public networks, if it notifies the other party promptly and takes reasonable steps to resume performance.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The award is final and binding on both parties.

14. GENERAL

14.1 Annex A (Licensed Data Sets) and Annex B (Additional Usage Rates) form part of this Agreement.

14.2 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.

14.3 This Agreement is signed in English in two originals, one for each party.

Signed for Provider: ____________________    Signed for Customer: ____________________

ANNEX A - LICENSED DATA SETS

A.1 Mine production: monthly ore milled, head grades and payable silver, lead and zinc for 140 operating mines in Mexico, Peru and Bolivia, with history from 2015, updated monthly.

A.2 Concentrate shipments: vessel line-ups and shipped tonnages from Manzanillo, Guaymas, Callao and Antofagasta, updated on business days.

A.3 Treatment and refining charges: spot and benchmark terms for lead and zinc concentrates, updated weekly.

A.4 Regional prices: daily settlement prices and local premiums for silver, lead and zinc, with history from 2010, updated on business days by 08:00 China Standard Time.

A.5 Company events: mine stoppages, strikes, permits and ownership changes, updated as published.

ANNEX B - ADDITIONAL USAGE RATES

API calls above the daily limit in clause 2.2 are charged at CNY 0.02 per call, invoiced quarterly in arrears. Additional named portal users are charged at CNY 3,600 per user per Subscription Year, pro rata.
"""

# ---------------------------------------------------------------------------------------------------------------------
# Files, labels and checks

FILES = {
    "z01": ("h887z01_ancient_post_road_tour_platform.pdf", H887Z01),
    "z02": ("h887z02_water_dispenser_line_control_retrofit.docx", H887Z02),
    "z03": ("h887z03_roller_hockey_chain_booking_saas.txt", H887Z03),
    "z04": ("h887z04_rural_market_day_system_om_service.txt", H887Z04),
    "z05": ("h887z05_shell_art_process_tracking_supplier_template.md", H887Z05),
    "e01": ("h887e01_yard_dock_licence_mexicali_vendor.pdf", H887E01),
    "e02": ("h887e02_aquaculture_saas_order_form_ensenada.md", H887E02),
    "e03": ("h887e03_wind_turbine_cms_sensors_juchitan.docx", H887E03),
    "e04": ("h887e04_managed_it_services_xalapa.md", H887E04),
    "e05": ("h887e05_mining_data_api_subscription_parral.txt", H887E05),
}

# Price checks (every itemised sum in the texts)
assert 980000 + 612000 + 148000 + 36000 == 1776000
assert 6 * 68000 + 24 * 9500 + 6 * 7000 + 3 * 96000 + 168000 + 230000 == 1364000
assert 1364000 + 156000 + 28000 == 1548000 and round(1364000 * 0.28) == 381920
assert 35 * 5320 == 186200 and 2 * 186200 + 58600 == 431000
assert 4 * 92000 == 368000
assert 96000 + 118000 + 26000 == 240000 and 240000 * 65 // 100 == 156000 and 240000 * 35 // 100 == 84000
assert round(96000 * 0.18) == 17280
assert 1240000 + 386000 + 42000 == 1668000 and round(1240000 * 0.11) == 136400
assert 2 * 276000 + 34000 == 586000
assert 120 * 6800 + 30 * 14500 + 30 * 17400 == 1773000 and 1773000 + 164000 + 45000 == 1982000
assert round(1773000 * 0.08) == 141840
assert 58000 * 36 == 2088000 and 2088000 + 96000 == 2184000
assert 160 + 85 + 60 + 115 == 420 and 38 + 24 + 19 + 66 == 147
assert 2 * 318000 == 636000 and 636000 + 22000 == 658000

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: lang, category, terms (in T order), extra (sla_clause, ld_stated, capped or None, deemed, value)
DATA = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 10, True, True, 36, 9, False,
                               True, False, "PRC", G], (True, True, True, False, 1776000)),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 25, True, True, 18, 28, False,
                               True, True, "PRC", G], (True, True, True, False, 1548000)),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, 150, None, True, None, None, None, True,
                            True, False, "PRC", S], (True, True, None, False, 431000)),
    "z04": ("zh", "services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None,
                               False, False, False, None, S], (True, True, None, False, 368000)),
    "z05": ("zh", "software", [None, 24, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, 18, False,
                               True, None, None, G], (True, True, True, True, 240000)),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 11, False, True,
                               False, "Mexico", G], (True, True, True, False, 1668000)),
    "e02": ("en", "cloud", [99.95, 8, True, "buyer", True, True, False, 500 / 586000 * 100, 200, None, True, None,
                            None, None, False, True, False, "PRC", S], (True, True, None, False, 586000)),
    "e03": ("en", "hardware", [None, 2, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 8, False, True,
                               False, "PRC", G], (True, True, True, False, 1982000)),
    "e04": ("en", "services", [None, 0.5, True, "buyer", False, True, True, 2000 / 2184000 * 100, 6 / 36 * 100, None,
                               True, None, None, None, False, True, True, "PRC", S], (True, True, None, False, 2184000)),
    "e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False,
                            True, False, "PRC", S], (False, False, None, False, 658000)),
}
# design only (not label keys): forum outside mainland China; TCO inputs (fee base, warranty months) for goods
FORUM_OUTSIDE = {"e01"}
TCO_BASE = {"z01": 980000, "z02": 1364000, "z05": 96000, "e01": 1240000, "e03": 1773000}
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
THR = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
       "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key, t, value):
    """Policy section 4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years (pro rata)."""
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = TCO_BASE[key] * t["post_warranty_fee_pct"] / 100 * post_years
    return fees / (value + fees) * 100


def derive(key, t, x):
    """My reading of policy section 3, applied to a label."""
    r = set()
    sla, ld_stated, capped, deemed, value = x
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and tco_share(key, t, value) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    lang, cat, vals, x = DATA[key]
    t = dict(zip(T, vals))
    extra = {"sla_clause": x[0], "ld_stated": x[1]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x[2]
    else:
        assert x[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        assert t["final_payment_on_acceptance"] is None  # per-period fees in every service draft here
    extra["acceptance_deemed_on_delivery"] = x[3]
    extra["contract_value"] = x[4]
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": derive(key, t, x)}


# Threshold figures, as they could be written
THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.])(30|15|40|100)(\.0+)?\s*(%|％|per\s*cent|percent)",
    r"百分之(三十|十五|四十|百|一百)(?![一二三四五六七八九点])",
    r"(thirty|fifteen|forty|one\s*hundred)\s*(per\s*cent|percent|%)",
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0\.050*(?!\d)\s*(%|％|per\s*cent|percent)",
    r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])4\s*(hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![〇一二三四五六七八九十百零两])四个?小时", r"\bfour\s*(\(4\)\s*)?hours?",
    r"(?<![\d.])12\s*(个月|months?|-month)", r"(?<![〇一二三四五六七八九十百零两])十二个月",
    r"\btwelve\s*(\(12\)\s*)?(-\s*)?months?",
    r"(质保|保修|warranty)[^。.;；\n]{0,20}(一年|1\s*年|one[\s-]*year|1\s*year)",
    r"(一年|one[\s-]*year)[^。.;；\n]{0,10}(质保|保修|warranty)",
]), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "100%", "百分之百", "99.9%",
            "99.9 %", "0.05%", "万分之五", "4小时", "4 hours", "四小时", "four hours", "12个月", "十二个月", "12 months",
            "twelve months", "12-month", "质保期为一年", "one-year warranty", "forty percent", "15.0%"]
MUST_MISS = ["99.95%", "99.5%", "130%", "150%", "0.055%", "24小时", "24 hours", "二十四小时", "十四小时", "百分之三十五",
             "万分之五十", "2027年12月31日", "3.40%", "1.5%", "36 months", "114 hours", "200%", "0.08%"]
for s_ in MUST_HIT:
    assert THRESHOLD_RE.search(s_), s_
for s_ in MUST_MISS:
    assert not THRESHOLD_RE.search(s_), s_


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {}
    for key, (name, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            built[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write({k: FILES[k][1] for k in built}, built, OUT, wrap_words=True)
    covered = set()
    for key in FILES:
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        for k, thr in THR.items():
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            share = tco_share(key, t, lab["expected_extra"]["contract_value"])
            assert abs(share - 40) > 2, (key, share)
            print("  TCO share %s: %.2f %%" % (key, share))
        text = read_back(OUT / FILES[key][0])
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        print("  %s: %d %s, rules %s, risk %s" % (FILES[key][0], n, "chars" if lab["language"] == "zh" else "words",
                                                 ", ".join(lab["expected_rules"]) or "(none)",
                                                 risk(lab["expected_rules"])))
        stem = FILES[key][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    mix = {k: risk(DESIGN[k]) for k in FILES}
    assert [k for k in FILES if not DESIGN[k]] == ["z01", "e03"] and mix["e01"] == "low"
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert 8 <= len(DESIGN["z05"]) <= 10
    print("all checks passed; coverage", len(covered), "rules")


if __name__ == "__main__":
    main()
