"""holdout604: builds the ten blind held-out draft contracts and their .json labels, then checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md files are written from their sources as they are; .docx/.pdf are built with ../word_pdf.py.
The .json labels are written from LABELS below; each draft's rules are derived from its labels with this
file's reading of policy §3 and compared with the design list; lengths and threshold figures are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H604Z01 = """T:江州市城市道路交通信号灯配时优化平台采购合同
P:合同编号：JZJJ-ZFCG-2025-0317
P:采购人（甲方）：江州市公安局交通警察支队
P:供应商（乙方）：浙江衡通智能交通科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、澄清文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供交通信号灯配时优化平台软件（以下简称“平台”）的永久使用许可，覆盖甲方辖区312个信号控制路口，并完成定制开发、部署实施及培训。
P:1.2 定制开发内容包括：路口配时方案优化模型、干线绿波协调模块、与甲方现有信号机（三种品牌）及卡口系统的数据接口、勤务方案一键下发功能及指挥中心大屏展示页面。
P:1.3 平台部署于甲方公安网内的服务器，乙方不得在甲方网络之外保存任何平台数据。
P:1.4 平台应支持单点、干线及区域三种优化模式，能够根据流量检测数据自动生成分时段配时方案，经甲方值班人员审核后方可下发至信号机，并保留全部下发记录供事后查询。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾陆万肆仟元整（¥1,964,000），为固定总价，含税及完成本合同所需的全部费用。
P:2.2 分项价格：平台软件许可费¥1,160,000；定制开发费¥620,000；部署实施费¥148,000；培训费¥36,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的10%作为预付款，即¥196,400。
P:3.2 平台通过初验后十个工作日内，甲方支付合同总价的55%，即¥1,080,200。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥687,400。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付期限与实施
P:4.1 乙方应于合同签订后九十日内完成平台部署及全部定制开发，并提交初验申请。
P:4.2 甲方应按约定提供机房、网络及信号机协议资料，因甲方原因造成的延误，交付期限相应顺延。
P:4.3 乙方应在合同签订后七日内提交实施方案，明确项目经理、技术负责人、进度计划及路口接入顺序，经甲方确认后执行。项目经理须具备同类项目经验，未经甲方同意不得更换。
P:4.4 乙方应为甲方信号中心值班人员及设施科技术人员提供不少于五天的集中培训，培训内容包括平台操作、配时方案编制、故障判断及应急处置，并提交培训教材和操作手册。
H:第五条 履约保证金
P:5.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（¥98,200），最终验收合格且无未结扣款后十个工作日内无息退还。
H:第六条 验收
P:6.1 初验标准：全部312个路口信号机接入平台并可实时读取运行状态；配时方案下发及回读一致；干线绿波模块在不少于六条干线上完成联调；接口及大屏展示功能符合招标文件技术规格。
P:6.2 初验通过后进入六十日试运行。试运行期间无一级故障，且试点干线早晚高峰平均行程时间较实施前有所下降（以甲方委托的第三方评估报告为准），并通过第三方网络安全测评，方可申请最终验收。
P:6.3 验收由甲方组织，必要时邀请专家参加，验收结果以书面验收报告为准。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。
H:第七条 质量保证与售后服务
P:7.1 平台质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:7.2 平台月可用率不低于99.95%。故障分为三级：一级故障（平台整体不可用或配时方案无法下发）乙方应在30分钟内响应、3小时内恢复；二级故障2小时内响应；三级故障下一个工作日内处理。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减履约保证金¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥800。
P:7.4 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥104,400），自质保期满起三个年度内不上调。维护合同由双方另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，甲方享有永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的配时模型、接口程序、展示页面及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台处理的路口流量、卡口过车记录、视频及配时数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及公安网安全管理规定，实施人员须经甲方审核并签署承诺书，远程运维须经甲方审批并通过堡垒机进行，全程记录审计。
P:9.3 乙方应按照网络安全等级保护第三级要求配合甲方落实平台的访问控制、日志审计和数据备份，测试环境只能使用甲方提供的脱敏样本。
P:9.4 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
P:9.5 合同终止或维护服务结束时，乙方应将持有的全部甲方数据及文档移交甲方，并删除其存储介质中的副本，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方警务信息、网络结构、设备口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；乙方响应超时的扣款按第7.3条执行，不影响本条违约金。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三承担违约责任。
H:第十二条 分包与转让
P:12.1 本项目不允许分包，乙方不得将本合同全部或部分转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，或逾期交付超过六十日的，甲方有权书面通知乙方解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，可相应延期履行或部分免除责任。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市公安局交通警察支队    乙方（盖章）：浙江衡通智能交通科技有限公司
P:签订日期：2025年6月18日
"""

H604Z02 = """T:制瓶生产线行列式制瓶机（IS机）控制系统改造合同
P:合同编号：QHBL-SB-2025-046
P:甲方：青禾玻璃制品有限公司
P:乙方：常州恒瓴自动化技术有限公司
P:甲方为提升三号、四号熔炉所属八台行列式制瓶机的成型稳定性，委托乙方对其控制系统进行改造。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除八台IS机原有机械定时鼓及老化电控柜，提供并安装电子定时控制柜、伺服拨瓶及推瓶机构、成型控制软件和热端在线检测相机，完成与甲方制瓶车间生产管理系统的数据对接。
P:1.2 改造须分机台在甲方计划停机窗口内进行，每台IS机停机改造时间不超过七日，不得影响其他机台正常生产。
P:1.3 乙方为甲方定制的工艺参数管理界面、机台联锁逻辑及数据对接程序属于本合同交付内容。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾陆万捌仟元整（¥2,368,000），含设备、软件、运输、安装调试、培训及税费。分项价格见下表。
TB:序号|名称|数量|单价（元）|合价（元）
TB:1|电子定时控制柜（含伺服驱动器）|8套|168,000|1,344,000
TB:2|伺服拨瓶及推瓶机构|8套|52,000|416,000
TB:3|成型控制软件永久许可|8套|26,000|208,000
TB:4|热端在线检测相机|2套|95,000|190,000
TB:|软硬件小计|||2,158,000
TB:5|安装调试及系统对接|1项|186,000|186,000
TB:6|操作及维护培训|1项|24,000|24,000
TB:|合计|||2,368,000
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方向乙方支付合同总价的20%作为预付款（¥473,600），乙方应同时提交等额预付款保函。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的45%（¥1,065,600）。到货安装不视为验收。
P:3.3 全部八台IS机通过最终验收后，甲方支付合同总价的35%（¥828,800）。
H:第四条 交付与进度
P:4.1 乙方应于合同生效后七十日内将全部设备运抵甲方厂区，并按甲方确认的停机计划逐台完成改造，全部改造应在合同生效后一百五十日内完成。
P:4.2 设备开箱时双方共同清点型号、数量及随机文件，签署到货清单。
P:4.3 乙方应在改造开始前提交实施方案，包括停机计划、拆除与安装步骤、调试方法及应急回退措施，经甲方生产部和设备部会签后实施。每台IS机改造完成当日，乙方应提交调试记录。
P:4.4 乙方应对甲方制瓶车间的操作工、机修工及电气工程师分批进行培训，内容包括定时参数设置、伺服机构调整、常见报警处理及日常点检，培训后进行考核，确保每班至少两名人员能够独立操作。
P:4.5 乙方在甲方厂区施工须遵守甲方热端作业、高温防护、动火及用电安全管理制度，施工人员须经安全培训后方可进场。因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
H:第五条 验收
P:5.1 每台IS机改造完成后连续运行十五日，作为单机考核期。考核标准：机速达到改造方案约定值；因控制系统原因造成的停机每台累计不超过两次；热端检测相机对裂纹、瓶口缺陷的检出结果与人工抽检一致；工艺参数修改、配方调用及联锁功能逐项测试通过。
P:5.2 八台IS机全部通过单机考核后，双方进行最终验收，并签署最终验收报告。设备安装完毕、甲方投入生产或支付部分款项，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新验收，由此增加的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换零部件和软件升级均免费。
P:6.2 乙方设立专门服务热线。故障等级：一级故障（任一IS机因控制系统停机）乙方应在1小时内响应，6小时内派工程师到场；二级故障（单个功能异常但可生产）2小时内响应，两个工作日内解决；其他问题在下一个工作日内答复。
P:6.3 乙方应在甲方厂区存放常用备件，并每季度进行一次巡检，提交巡检报告。
P:6.4 质保期内因同一部件反复故障累计三次的，乙方应免费更换同型号新部件，并重新计算该部件的质保期。乙方应保证改造所用主要部件自最终验收起八年内有备件供应。
P:6.5 质保期满后，乙方按软硬件小计的8%每年（即¥172,640/年）提供维保服务，该价格自质保期满后两个年度内不变，维保合同每年由双方书面签订，不自动续期。
H:第七条 知识产权
P:7.1 电子定时控制柜内置程序及成型控制软件标准版本的知识产权归乙方或其原厂所有，甲方享有永久使用许可。
P:7.2 乙方为甲方定制的工艺参数管理界面、联锁逻辑及数据对接程序（含源代码）归甲方所有，甲方可自行修改或委托他人修改。
H:第八条 数据安全
P:8.1 甲方的成型工艺参数、配方、产量及质量数据归甲方所有，乙方仅可为履行本合同使用，不得复制、带离或用于为其他客户提供服务。
P:8.2 乙方远程诊断须经甲方逐次批准，通过甲方指定的远程接入通道进行并保留操作记录；乙方人员在现场使用的计算机须经甲方安全检查。
P:8.3 乙方交付的控制柜及工控机在出厂前应完成病毒查杀，关闭不必要的端口和服务，不得预留未告知甲方的远程账号或后门程序。
P:8.4 因乙方原因导致甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，配合处置并承担赔偿责任。
H:第九条 保密
P:9.1 双方对履约中获得的对方技术资料、工艺信息及商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后五年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
P:10.2 因乙方改造施工造成甲方其他机台停产的，乙方应赔偿甲方实际损失。
P:10.3 甲方逾期付款的，按应付未付金额每日万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方可将电缆敷设、机柜基础制作等辅助工作分包给具备相应资质的第三方，但应提前书面通知甲方；乙方对分包方的工作向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未予纠正的，甲方有权解除合同，要求乙方返还已付款项并赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交常州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 因不可抗力导致不能按期履行的，受影响一方应在三日内通知对方，并在不可抗力消除后尽快恢复履行。
P:14.2 本合同附件包括技术规格书、改造方案及设备配置清单，与本合同具有同等效力。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青禾玻璃制品有限公司    乙方（盖章）：常州恒瓴自动化技术有限公司
"""

H604Z03 = """会员管理SaaS服务及实施合同

合同编号：BYJ-IT-2025-019
甲方：贝悦家母婴用品连锁有限公司
乙方：上海云杉零售科技有限公司

甲方在华东地区经营80家母婴门店，拟将现有收银系统中的会员功能迁移至乙方提供的会员管理SaaS平台。双方依据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方80家门店及总部提供会员管理SaaS服务，包括会员注册与等级、积分与储值、优惠券、育儿顾问企业微信助手、会员小程序及总部数据看板。
2. 服务按门店开通，每家门店不限收银终端数量，总部不限账号数量。
（二）实施服务
1. 将甲方旧系统中约62万条会员资料、积分余额及储值余额迁移至平台，并逐店核对。
2. 完成与甲方ERP、收银系统及微信支付商户号的接口对接。
3. 按甲方品牌规范配置会员小程序，完成门店店长及导购培训。
（三）运营支持
1. 乙方指定一名客户成功经理作为甲方的固定对接人，每月向甲方提交会员增长、复购及优惠券核销情况的分析报告。
2. 在“618”“双11”及春节等大促活动前，乙方应与甲方共同进行容量评估和活动配置检查，活动期间安排技术人员值守。
3. 平台标准功能升级免费提供，升级前应提前五个工作日通知甲方，并提供更新说明；影响门店操作的升级，应安排在门店营业时间以外进行。
（四）甲方配合事项
1. 甲方指定项目负责人，及时提供旧系统数据、接口文档及门店名单。
2. 甲方负责门店网络及收银终端的正常运行，并组织门店人员参加培训。

二、服务期限
（一）实施期自合同生效之日起六十日。
（二）订阅服务期为两个服务年度，第一个服务年度自平台上线验收合格之日起计算。

三、合同价款
（一）订阅服务费：每店每服务年度2,150元，80家门店两个服务年度合计344,000元。
（二）实施服务费：一次性136,000元。
（三）合同总额：人民币480,000元（含税）。
（四）服务期内甲方新增门店的，按每店每服务年度2,150元的单价按月折算计费。

四、付款方式
（一）实施服务费在平台上线验收合格后十个工作日内一次性支付。
（二）每个服务年度的订阅服务费在该服务年度开始之日起十个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。

五、上线验收
（一）乙方完成实施后书面申请上线验收，验收标准如下：
1. 会员资料、积分余额及储值余额迁移后逐店核对无差异，抽查门店由甲方指定；
2. 与ERP、收银系统的接口连续七日运行无数据丢失，订单积分在交易完成后一分钟内到账；
3. 小程序注册、领券、核销、储值支付等功能逐项测试通过；
4. 门店店长及导购完成培训并通过操作考核。
（二）甲方在收到申请后七个工作日内组织验收并出具书面意见。验收未通过的，乙方应在五个工作日内整改后重新申请。平台试用或门店开始使用不视为验收合格。

六、服务水平
（一）平台月可用率不低于99.5%，计划内维护应安排在凌晨1:00至6:00之间并提前两日通知甲方，不计入不可用时间。
（二）故障分级及响应：
1. 一级故障：收银端会员识别、积分或储值核销无法使用，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：小程序部分功能或数据看板异常，乙方应在2小时内响应，当日解决；
3. 三级故障：咨询及一般问题，乙方在下一个工作日内答复。
（三）服务抵扣：月可用率低于承诺值的，每低0.1个百分点，抵扣当月订阅服务费的2%；一级故障响应或恢复超时的，每次抵扣当月订阅服务费的1%。抵扣金额从下一期应付费用中扣除。
（四）乙方应于每月前五个工作日内向甲方提交上月服务报告，列明平台可用率、故障及处理情况、抵扣金额和改进措施，经甲方确认后作为抵扣依据。

七、数据归属与数据安全
（一）会员个人信息、交易记录、积分及储值数据等全部业务数据归甲方所有。乙方仅为向甲方提供本合同服务而处理该等数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，对会员手机号、身份信息等敏感字段加密存储，实行最小权限访问并保留访问日志。
（三）发生数据泄露或可能泄露的，乙方应在发现后2小时内通知甲方，配合甲方履行告知及报告义务；因乙方原因造成的损失由乙方全额赔偿。
（四）乙方应取得并在服务期内保持网络安全等级保护第三级备案，每半年进行一次渗透测试和数据恢复演练，并将结果书面告知甲方。乙方员工接触会员数据须经授权，离职时应立即收回权限。
（五）服务终止后三十日内，乙方应按甲方要求导出并移交全部数据，随后删除平台中的甲方数据并出具书面确认。

八、保密
双方对在合作中获知的对方商业秘密、经营数据、技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。

九、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方专门开发的接口程序、小程序页面设计及品牌素材归甲方所有，甲方可自行使用、修改或交由第三方维护。

十、违约责任
（一）乙方未能在实施期内完成上线验收的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
（二）乙方违反本合同第七条约定处理会员个人信息的，除赔偿甲方损失外，甲方有权解除合同。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十一、续约
订阅服务期满前三十日，任何一方未书面提出不续约的，本合同订阅服务自动续期一个服务年度，可多次续期。续期时乙方有权根据其届时价格政策调整每店订阅单价，调整后的单价以乙方提前通知甲方的为准。

十二、分包与转让
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十三、合同解除
（一）乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还未使用服务期对应的订阅服务费。
（二）平台连续两个月可用率低于承诺值的，甲方有权解除合同。
（三）合同解除或终止的，乙方应按本合同第七条第（五）项移交并删除数据，在数据移交完成前不得中止服务。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

十五、其他
（一）因不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明，双方可协商延期履行或解除合同。
（二）本合同的附件包括服务说明书、实施计划及接口清单，附件与本合同正文具有同等效力；正文与附件不一致的，以正文为准。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：贝悦家母婴用品连锁有限公司
乙方（盖章）：上海云杉零售科技有限公司
日期：2025年5月26日"""

H604Z04 = """免疫规划信息管理系统运维服务合同

项目编号：LZCDC-YW-2025-07
甲方：岚州市疾病预防控制中心
乙方：湖北卓衡信息技术服务有限公司

为保障全市免疫规划信息管理系统稳定运行，甲方委托乙方提供系统运行维护服务。根据《中华人民共和国民法典》及甲方询价采购结果，双方订立本合同。

第一条 服务对象
（一）甲方部署于市政务云的免疫规划信息管理系统，包括预防接种登记、疫苗出入库及冷链监测、接种证查验、预约接种、儿童接种档案及与省级平台的数据交换接口。
（二）系统覆盖全市11个区县、186个接种单位，系统用户约1,900人。

第二条 服务内容
（一）日常运维：应用系统、数据库及中间件的监控、巡检、备份与恢复，每日检查数据交换接口运行及对账结果。
（二）故障处理：对系统故障进行诊断、处置和恢复，提交故障分析报告。
（三）驻场服务：乙方派两名工程师在甲方信息科驻场，工作日8:30至17:30在岗，节假日及接种高峰期安排值班。
（四）用户支持：为接种单位提供电话及远程支持，协助处理账号、权限、打印及数据更正问题。
（五）配合工作：配合甲方完成网络安全等级保护测评、上级检查及应急演练，配合省级平台接口调整。
（六）优化建议：每季度提交系统运行分析报告和优化建议。
（七）重点时段保障：在新生儿集中建档、秋冬季流感疫苗接种、入托入学查验等重点时段，乙方应提前制定保障方案，增加值守人员，并每日向甲方报告系统运行情况。
（八）知识转移：乙方应建立运维知识库，记录常见问题处理方法，每半年为甲方信息科人员组织一次培训。

第三条 服务期限
服务期自2025年7月1日起至2026年6月30日止。期满后如需继续服务，由双方另行签订合同，本合同不自动续期。

第四条 服务费用及支付
（一）服务费总额为人民币伍拾玖万陆仟元整（¥596,000），含税，包括驻场人员、差旅、交通、工具及乙方完成服务所需的全部费用。
（二）服务费按季度支付，每季度¥149,000。每季度结束后，经甲方考核合格，甲方在收到发票后十五个工作日内支付该季度服务费。
（三）季度考核扣减的费用在当季服务费中扣除。

第五条 服务水平
（一）系统月可用率不低于99.95%，计划停机须提前三个工作日报甲方批准，并避开接种门诊时间。
（二）故障分级：
1. 一级故障：接种登记或疫苗出入库无法使用，或与省级平台数据交换中断。乙方应在15分钟内响应，2小时内恢复。
2. 二级故障：部分区县或部分功能不可用。乙方应在30分钟内响应，8小时内恢复。
3. 三级故障：个别用户问题或报表异常。乙方应在2小时内响应，下一个工作日内解决。
（三）每日数据备份成功，每季度至少进行一次恢复演练。
（四）乙方应于每月前五个工作日内提交上月运维月报，内容包括系统可用率、故障清单及处理过程、巡检发现的问题、用户支持工单统计和下月工作计划。

第六条 考核与服务验收
（一）甲方按季度对乙方服务进行考核，考核内容包括：可用率、故障响应及恢复时间、巡检和备份记录完整性、驻场人员出勤、用户满意度抽查及运行分析报告质量。
（二）一级故障响应或恢复超时的，每次扣减当季服务费¥3,000；二级故障超时的，每次扣减¥1,000；月可用率低于承诺值的，每低0.01个百分点扣减¥500；驻场人员无故缺勤的，每人每日扣减¥600。
（三）季度考核得分低于80分的，甲方可要求乙方更换驻场人员并提交整改计划。
（四）服务期满后，甲方对全年服务进行终期验收。验收标准为：四个季度考核均合格，运维文档、配置清单、操作记录及账号清单完整移交，遗留问题已处理完毕。
（五）终期验收由甲方信息科会同业务科室进行，验收合格的，甲方出具书面服务验收报告；验收不合格的，乙方应在十个工作日内完成整改并申请复验。

第七条 数据安全
（一）系统中的受种者个人信息、接种记录、疫苗流通及冷链数据均归甲方所有。乙方仅可为完成运维工作而访问，不得下载、复制、留存或用于其他任何用途。
（二）乙方人员须经甲方备案，通过甲方堡垒机以个人账号登录，禁止共用账号；所有操作须记录并由甲方定期审计。数据库变更及批量数据处理须经甲方书面审批。
（三）乙方应遵守《数据安全法》《个人信息保护法》及卫生健康行业数据安全管理要求，不得在系统中安装未经甲方批准的软件。
（四）发生数据泄露、篡改、丢失或安全事件的，乙方应立即采取处置措施，并在1小时内报告甲方。因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（五）服务期满或乙方人员更换时，乙方应交回全部账号及介质，并出具不留存数据的书面承诺。

第八条 知识产权
乙方在服务期间编写的运维脚本、巡检工具、配置文档及运行分析报告，知识产权归甲方所有，乙方应在服务期满时将上述成果完整移交甲方，甲方可自行使用或交由其他服务商使用。

第九条 人员要求
（一）驻场工程师须具备数据库及Linux系统管理能力，项目负责人须有三年以上医疗卫生信息系统运维经验。
（二）乙方更换驻场人员须提前十个工作日书面通知甲方并经甲方同意，新人员须完成交接。
（三）乙方应为驻场人员配备必要的工作电脑，并按甲方要求安装终端安全软件；驻场人员应遵守甲方的考勤、门禁及机房管理制度。
（四）乙方应设立二线技术支持团队，对驻场人员无法解决的问题提供远程或现场支持，必要时协调数据库及中间件原厂工程师到场。

第十条 转包与分包
乙方不得将本合同服务转包或分包给任何第三方。

第十一条 违约责任
（一）乙方未按本合同约定提供服务的，甲方有权要求其限期改正；乙方违约给甲方造成损失的，应赔偿甲方的实际损失。
（二）甲方未按约定支付服务费的，乙方可书面催告，甲方应在催告后三十日内支付。

第十二条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知乙方解除本合同。
（二）合同解除的，甲方按乙方已提供服务的期间结算服务费，乙方应完成工作交接。
（三）合同期满或解除前，乙方应配合甲方或甲方新选定的服务商完成不少于十个工作日的交接，移交全部运维文档、账号清单及未关闭问题清单，交接完成前乙方不得撤离驻场人员。

第十三条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十四条 其他
（一）因不可抗力不能履行本合同的，受影响一方应及时通知对方，双方协商处理；不可抗力期间，乙方仍应尽力保障接种登记等核心功能运行。
（二）本合同附件包括运维服务需求书、季度考核细则及乙方响应文件，与本合同具有同等效力。
（三）本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：岚州市疾病预防控制中心
乙方（盖章）：湖北卓衡信息技术服务有限公司
签订日期：2025年6月20日"""

H604Z05 = """# 食品质量追溯系统软件许可及开发合同

（厦门源链软件科技有限公司标准合同文本 YL-HT-2024 第3.2版）

- 合同编号：YL-2025-0612
- 甲方（买方）：漳州甘棠果脯食品有限公司
- 乙方（卖方）：厦门源链软件科技有限公司

甲方拟建设覆盖原料果收购、清洗去核、糖渍、烘干、包装及出厂检验全过程的质量追溯系统，乙方同意按本合同向甲方提供“源链食品追溯平台”软件许可及相关定制开发服务。双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供源链食品追溯平台（企业版）软件及一物一码赋码模块的永久使用许可，授权范围为甲方一个生产厂区、三条包装线。

1.2 乙方按甲方需求进行以下定制开发：原料果批次与果园基地档案对接、糖渍及烘干工序参数采集、出厂检验报告关联、经销商扫码查询页面。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 平台主要功能包括：原料入库登记、生产批次管理、工序记录、质检记录、成品赋码与关联、仓储出库、经销商流向查询、消费者扫码查询及监管部门数据报送接口。具体功能以乙方产品说明书为准，产品说明书未列明的功能不属于本合同范围。

## 第二条 合同价款

合同总价为人民币柒拾柒万元整（¥770,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 源链食品追溯平台（企业版）永久许可 | 486,000 |
| 2 | 一物一码赋码模块永久许可 | 112,000 |
| | 软件许可费合计 | 598,000 |
| 3 | 定制开发 | 138,000 |
| 4 | 安装部署及培训 | 34,000 |
| | 合计 | 770,000 |

上述价格含增值税。赋码所需的喷码机、扫码枪及标签耗材由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即¥500,500。乙方收到该款项后开始安排项目实施。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥269,500。

3.3 甲方逾期付款的，乙方有权暂停实施或暂停技术支持，交付期限相应顺延，由此造成的损失由甲方承担。

## 第四条 实施与交付

4.1 乙方在收到首期款后七十五日内完成软件部署、定制开发及培训，并将系统上线运行。

4.2 乙方指派项目经理一名，负责需求调研、实施计划及上线安排。定制开发需求以双方签字的需求确认单为准，确认后需求变更的，乙方有权另行报价并顺延交付期限。

4.3 甲方应指定项目联系人，提供生产工艺资料、产品编码规则、网络环境及服务器，并组织车间人员配合数据采集点的安装与调试。因甲方原因导致延误的，交付期限顺延。

4.4 甲方提供的服务器、操作系统及数据库应符合乙方出具的配置要求。因甲方软硬件环境不符合要求导致系统运行异常的，乙方不承担责任，由此产生的额外服务按乙方人天单价另行收费。

4.5 乙方交付内容包括：安装介质、用户手册、管理员手册及培训记录。定制开发部分以可执行程序形式交付。

## 第五条 上线与验收

5.1 系统安装完成并在甲方生产环境中上线运行，即视为甲方验收合格。

5.2 甲方在上线后发现问题的，可向乙方提出，乙方将在后续版本中酌情改进。

5.3 甲方应在系统上线后三日内签署上线确认单；甲方未签署但已实际使用系统的，视为已签署。

## 第六条 免费维护期及后续服务

6.1 乙方提供六个月的免费维护，自系统上线运行之日起计算。免费维护期内，乙方为甲方提供软件缺陷修复和电话咨询。

6.2 甲方系统出现故障的，乙方在接到甲方报修后将尽快安排技术人员远程或现场处理。

6.3 免费维护期满后，甲方应每年向乙方购买年度维护服务，年度维护费为软件许可费合计的25%，即每年¥149,500。年度维护费在每个维护年度开始前支付。甲方未购买年度维护的，乙方不再提供升级、补丁及技术支持。

6.4 甲方中断购买年度维护后重新购买的，应补缴中断期间的全部年度维护费。软件版本升级后，乙方仅对最新两个版本提供技术支持。

## 第七条 知识产权

7.1 源链食品追溯平台、赋码模块及其全部版本的知识产权归乙方所有。

7.2 乙方根据本合同为甲方进行的定制开发，所形成的程序、页面、数据模型及相关文档的知识产权均归乙方所有。甲方在许可范围内享有使用权，不得自行或委托第三方修改、反编译，不得向第三方转让或再许可。

## 第八条 数据

8.1 甲方在系统中录入和产生的业务数据由甲方使用。乙方有权将上述数据进行脱敏处理后，用于乙方产品改进、行业分析报告及为其他客户提供追溯数据服务，无需另行取得甲方同意。

8.2 系统部署于甲方服务器。乙方远程维护应通过甲方提供的VPN账号进行，账号专人专用，操作留有日志。乙方应采取必要的技术和管理措施防止甲方数据泄露、篡改或丢失；因乙方原因导致数据泄露的，乙方应立即通知甲方，采取补救措施并赔偿甲方由此遭受的直接损失。

8.3 甲方负责系统数据的日常备份。乙方在维护中需要导出数据的，应经甲方同意，并在维护完成后删除导出的数据。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方商业秘密和技术信息承担保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

9.2 本合同第八条第8.1款约定的数据使用不受本条限制。

## 第十条 违约责任

10.1 乙方未按第四条约定时间上线系统的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 任何一方违反本合同约定给对方造成损失的，应承担相应赔偿责任，但不包括间接损失和预期利润损失。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，提交厦门仲裁委员会仲裁。

## 第十三条 其他

13.1 本合同为乙方标准合同文本，双方对条款的修改以补充协议形式确定。

13.2 因不可抗力或第三方网络、电力故障导致不能履行的，受影响一方不承担责任。

13.3 本合同附件包括产品说明书、定制开发需求确认单及报价单。附件内容与本合同正文不一致的，以本合同正文为准。

13.4 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：漳州甘棠果脯食品有限公司

乙方（盖章）：厦门源链软件科技有限公司

日期：2025年7月8日"""

H604E01 = """T:Software Licence and Services Agreement - Cold-Chain Warehouse Management System
P:Agreement No. AWS-CN-2025-031
P:This Agreement is made between Chengdu Xuelian Cold-Chain Logistics Co., Ltd., a company established in the People's Republic of China with its registered office in Chengdu, Sichuan ("Customer"), and Ararat WareSoft LLC, a limited liability company registered in the Republic of Armenia with its registered office at 14 Tigran Mets Avenue, Yerevan ("Vendor").
P:Customer operates six temperature-controlled warehouses in Sichuan and Chongqing and wishes to replace its existing warehouse software. Vendor owns the ColdStore WMS product and has offered to license it and to implement it for Customer. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ColdStore WMS product in the version current at signature, including its RF scanning client, temperature-zone module and yard management module, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other work products created by Vendor specifically for Customer under this Agreement, including their source code.
P:1.3 "Go-Live" means the date on which the Software is first used for live operations in all six warehouses.
P:1.4 "Final Acceptance" means Customer's written acceptance certificate issued under Article 5.
P:1.5 "Customer Data" means all data entered into, processed by or generated in the Software in connection with Customer's business, including inventory, order, temperature log, carrier and consignee data.
H:Article 2 Scope
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on Customer's servers in mainland China for the internal operations of Customer and its affiliates, for up to six warehouses and 260 named users.
P:2.2 Vendor shall install and configure the Software, migrate open stock and master data from Customer's existing system, build interfaces with Customer's ERP, transport management system and temperature sensors, and train Customer's key users and administrators.
P:2.3 The detailed scope, the interface list and the project plan are set out in Annex 1 and Annex 2.
P:2.4 Vendor shall appoint a project manager who speaks Chinese or works with a Chinese-speaking consultant on site, and shall keep the same key consultants on the project until Final Acceptance unless Customer agrees otherwise. Customer shall appoint a project lead, make key users available for workshops and testing, and provide servers, network access, sensor documentation and test data in time.
P:2.5 Changes to the scope shall be agreed in a written change order stating their effect on price and schedule. No change is binding unless signed by both project leads.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,864,000 (the "Contract Price"), inclusive of applicable taxes, made up as follows: Licence Fee CNY 1,240,000; Implementation Services CNY 410,000; Interfaces CNY 176,000; Training CNY 38,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and living costs of Vendor's personnel in China are included.
H:Article 4 Payment
P:4.1 Customer shall pay 10% of the Contract Price (CNY 186,400) within 20 days after signature against Vendor's invoice.
P:4.2 Customer shall pay 55% of the Contract Price (CNY 1,025,200) within 20 days after Go-Live in all six warehouses. Go-Live is not acceptance.
P:4.3 Customer shall pay the remaining 35% of the Contract Price (CNY 652,400) within 20 days after Final Acceptance.
P:4.4 Payments are made in CNY to Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall achieve Go-Live within 120 days after signature, in accordance with the project plan in Annex 2.
P:5.2 After Go-Live, Customer shall run acceptance tests under the acceptance test plan agreed in writing before Go-Live. The criteria are: all test scripts in the plan executed without open Severity 1 or Severity 2 defects; RF scanning transactions confirmed within two seconds at peak volume; stock figures reconciled with a physical count in each warehouse; all interfaces in Annex 1 exchanging data without manual correction; and 20 consecutive business days of live operation without a Severity 1 incident.
P:5.3 When the criteria are met, Customer shall issue a Final Acceptance certificate within ten business days. If they are not met, Vendor shall correct the defects at its own cost and the tests shall be repeated.
P:5.4 Installation, Go-Live, use of the Software in live operations or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period, Vendor shall correct defects, provide new releases and provide support free of charge.
P:6.2 Support is provided by telephone, e-mail and remote session in Chinese and English. Severity 1 means that receiving, picking or dispatch is stopped in any warehouse. Vendor shall respond to a Severity 1 incident within 1 hour, at any time of day, and provide a workaround or fix within 8 hours. Vendor shall respond to a Severity 2 incident within 2 hours during business hours and to other requests by the next business day.
P:6.3 If Vendor misses a response or fix time for a Severity 1 incident, Customer may deduct CNY 1,000 for each hour of delay from any amount due to Vendor, up to CNY 60,000 in each quarter.
P:6.4 After the Warranty Period, Customer may order annual support. The annual support fee is 11% of the Licence Fee (CNY 136,400 per year) and shall not be increased for the first three years after the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of Vendor. Nothing in this Agreement transfers ownership of the Software to Customer.
P:7.2 All rights in the Custom Deliverables vest in Customer on creation. Vendor shall deliver their source code and documentation with Final Acceptance. Customer may use, modify and license the Custom Deliverables freely, including through third-party service providers.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to perform this Agreement and shall not copy it outside Customer's systems, retain it or use it for any other purpose.
P:8.2 Vendor shall access Customer's systems only through the remote access channel provided by Customer, with individual accounts, multi-factor authentication and session logging. Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC in respect of any personal information of consignees or drivers, and shall not transfer Customer Data out of mainland China.
P:8.3 Vendor shall notify Customer of any actual or suspected security breach affecting Customer Data within 8 hours after becoming aware of it, take immediate remedial action, and compensate Customer for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the non-public business and technical information of the other party received under this Agreement, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to Vendor, Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Article 8 or Article 9.
H:Article 11 Subcontracting and Assignment
P:11.1 Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature by both parties and continues until the end of the Warranty Period; the licence in Article 2.1 is perpetual and survives.
P:12.2 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 30 days after notice, or if delay damages reach their maximum under Article 10.1.
P:12.3 Vendor may terminate for Customer's failure to pay undisputed amounts within 60 days after a written reminder.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Armenia.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration in Yerevan under the rules of the Arbitration Centre of the Chamber of Commerce and Industry of Armenia, in the English language, by a sole arbitrator.
H:Article 14 General
P:14.1 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party promptly and resumes performance as soon as possible.
P:14.2 This Agreement is signed in English in two originals, one for each party. Annex 1 (Scope and Interfaces) and Annex 2 (Project Plan) form part of it.
P:For Customer: ____________________    For Vendor: ____________________
P:Date: 16 July 2025
"""

H604E02 = """# Order Form and General Terms - Learning Management Subscription

Order Form No. MLC-OF-2025-088

## PART A - ORDER FORM

### A1. Parties

- **Customer:** Hangzhou Lanjing Home Furnishing Retail Co., Ltd., registered in Hangzhou, Zhejiang, People's Republic of China.
- **Provider:** Mtatsminda Learning Cloud LLC, registered in Georgia, with its office at 7 Rustaveli Avenue, Tbilisi.

### A2. Subscription

Provider will provide its hosted learning management service "Mtatsminda LMS" (the "Service") for up to 2,400 named learners, covering store staff, warehouse staff and head-office employees of Customer and its affiliates in mainland China. The Service includes course authoring, mobile learning through a WeChat mini-program, assessments and certificates, learning paths for new store staff, and management dashboards. The Service is hosted for Customer in a data centre located in mainland China operated by a hosting provider approved under Part B Section 9.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 2,400 learners | 268,000 |
| Subscription Fee, Subscription Year 2 | 2,400 learners | 268,000 |
| Onboarding Services (one-time) | fixed price | 58,000 |
| **Total Order Value** | | **594,000** |

All amounts include VAT. Additional learners may be added during a Subscription Year at CNY 112 per learner per Subscription Year, pro rata; such additions are not part of the Total Order Value.

### A4. Subscription Term and Invoicing

1. The Subscription Term is two Subscription Years. Subscription Year 1 starts on the date of Onboarding Acceptance under Part B Section 3.
2. Provider will invoice each Subscription Year's fee at the start of that Subscription Year, payable within 30 days after receipt of a valid invoice.
3. Onboarding Services are invoiced after Onboarding Acceptance and are payable within 30 days.

### A5. Onboarding

Provider will complete onboarding within 45 days after signature of this Order Form: tenant set-up, single sign-on with Customer's identity system, import of employee master data and organisation structure from Customer's HR system, migration of 380 existing courses and their completion records, configuration of the WeChat mini-program in Customer's branding, and train-the-trainer sessions for Customer's learning administrators.

### A6. Signatures

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

For Customer: ____________________ Date: ________

For Provider: ____________________ Date: ________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including employee and learner personal information, course content uploaded by Customer, assessment results and learning records.

1.2 "Usage Data" means technical and statistical information about the use of the Service.

1.3 "Customer Materials" means the courses, learning paths, certificate templates, integrations and reports created by Provider specifically for Customer.

### 2. Provision of the Service

2.1 Provider will make the Service available to Customer in accordance with this Agreement and the documentation, and will keep the Service's functions at least at the level described at signature.

2.2 Customer shall ensure that learners use the Service in accordance with the documentation and shall keep its log-in credentials secure.

2.3 Provider will provide support to Customer's learning administrators in Chinese and English through a ticket portal, e-mail and a hotline staffed by Provider's own support team in Shanghai. Learners contact Customer's administrators, not Provider.

2.4 Provider may update the Service from time to time, provided that an update does not materially reduce its functions or security. Provider will announce material updates at least ten days in advance and publish release notes in Chinese.

### 3. Onboarding and Acceptance

3.1 When onboarding is complete, Provider will notify Customer. Customer will test within ten business days against the following criteria: single sign-on works for all test users; all employee records and organisation units imported with no unmatched records; all migrated courses open and play on desktop and mobile and their completion records agree with the legacy system export; the mini-program passes Customer's test checklist; and the dashboards show correct figures for three sample stores.

3.2 If the criteria are met, Customer will sign an Onboarding Acceptance certificate. If not, Provider will correct the failures and Customer will test again. Use of the Service by learners before the certificate is signed does not constitute acceptance.

3.3 If Onboarding Acceptance is not achieved within the period in Part A, Section A5, for reasons attributable to Provider, Provider shall pay delay damages of CNY 500 per day of delay, up to CNY 25,000.

### 4. Service Levels

4.1 Provider will make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified five days in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 Priority 1 means that the Service is unavailable to all learners or that single sign-on fails for all users. Provider will respond to a Priority 1 incident within 30 minutes and restore the Service within 3 hours. Priority 2 incidents (a major function unavailable) will receive a response within 2 hours; other requests by the next business day.

4.3 If monthly availability falls below the commitment in Section 4.1, Provider will credit Customer 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

4.4 Provider will send a monthly service report showing availability, incidents and credits.

### 5. Fees and Payment

5.1 Fees are as stated in Part A. Customer may withhold any amount it disputes in good faith while the parties resolve the dispute.

5.2 If an undisputed amount remains unpaid 30 days after a written reminder, Provider may suspend access to the Service on ten days' further notice.

### 6. Customer Data

6.1 As between the parties, Customer owns all Customer Data.

6.2 Provider may use Customer Data to provide and support the Service. Provider may also compile aggregated and de-identified data derived from Customer Data and Usage Data, and may use such data to improve and develop its services, to produce industry benchmarking reports for retail training, and for other business purposes, during and after the Subscription Term.

6.3 Within 30 days after the end of the Subscription Term, Provider will return Customer Data in a standard format and then delete it from the Service.

### 7. Data Security

7.1 Provider will maintain an information security programme that meets the requirements of the PRC Data Security Law, the Personal Information Protection Law and the Multi-Level Protection Scheme at level 3, including encryption of Customer Data in transit and at rest, role-based access, logging of administrative access and regular penetration tests.

7.2 Provider will not transfer Customer Data outside mainland China.

7.3 Provider will notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, cooperate with Customer's investigation and notifications, and bear the costs and losses caused by incidents attributable to Provider.

### 8. Intellectual Property

8.1 Provider retains all rights in the Service and its standard content.

8.2 Customer Materials belong to Customer. Customer may use, modify and license them freely, including outside the Service.

### 9. Subcontractors

Provider shall not engage subcontractors to perform any part of the Service, including hosting, without Customer's prior written consent. Provider remains responsible for approved subcontractors.

### 10. Confidentiality

Each party will keep the other party's Confidential Information confidential, use it only for the Agreement and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations. These obligations last for three years after the Agreement ends.

### 11. Limitation of Liability

11.1 Neither party is liable for indirect or consequential losses or loss of profit.

11.2 Provider's total liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to breach of Section 7 where it causes fines imposed on Customer by regulators, or to wilful misconduct.

### 12. Renewal

At the end of the Subscription Term, the subscription will renew automatically for a further Subscription Year, and then for each following Subscription Year, unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year. Fees for each renewal term will be at Provider's list prices then in effect, which Provider may increase on notice.

### 13. Termination

13.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

13.2 If Customer terminates under Section 13.1, Provider will refund prepaid fees for the remaining part of the Subscription Year.

### 14. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 15. General

Neither party may assign the Agreement without the other's consent. Notices must be in writing. Force majeure excuses delays beyond a party's reasonable control.
"""

H604E03 = """T:Purchase Agreement - Machine Condition Monitoring Sensors and Software
P:Contract No. HQ-EQ-2025-114
P:Buyer: Shaoxing Huaqian Textile Printing and Dyeing Co., Ltd., Keqiao District, Shaoxing, Zhejiang, People's Republic of China.
P:Supplier: Ege Sensor Teknolojileri A.S., Ataturk Organised Industrial Zone, Cigli, Izmir, Republic of Turkiye.
P:The Buyer wishes to monitor the condition of the motors, fans, pumps and gearboxes of its dyeing, stentering and finishing lines, and the Supplier has offered wireless condition-monitoring sensors, gateways and monitoring software. This Agreement is on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's condition-monitoring software, licensed under clause 8, including its analytics engine, alarm module and mobile application.
P:1.3 "Custom Work" means the dashboards, alarm rules, asset hierarchy, reports and the interface to the Buyer's maintenance management system prepared by the Supplier for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.
H:2. Scope
P:2.1 The Supplier shall supply, install and commission 180 wireless vibration and temperature sensors on 96 machines at the Buyer's plant in Keqiao, the gateways and the Software, configure the Custom Work, and train the Buyer's maintenance staff.
P:2.2 The Supplier shall perform a site survey before delivery and confirm mounting points, radio coverage and gateway positions in a written installation plan, which the Buyer shall approve.
P:2.3 The Software shall be installed on the Buyer's own server in the plant. No component shall depend on a server outside mainland China.
H:3. Price
P:3.1 The total price is CNY 1,300,000 (the "Contract Price"), including VAT, delivery to the Buyer's plant (DAP Keqiao), customs clearance, installation, commissioning and training. The Contract Price is fixed and itemised as follows.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX-free industrial type, with magnetic and stud mounts|180|3,600|648,000
TB:2|Industrial gateway with LTE and Ethernet backhaul|12|14,500|174,000
TB:3|Condition-monitoring software, perpetual licence for 200 measuring points|1|360,000|360,000
TB:|Equipment and Software subtotal|||1,182,000
TB:4|Installation, commissioning and Custom Work|1|96,000|96,000
TB:5|Training|1|22,000|22,000
TB:|Contract Price|||1,300,000
H:4. Payment
P:4.1 20% of the Contract Price (CNY 260,000) within 20 days after signature and receipt of the Supplier's advance payment bank guarantee for the same amount.
P:4.2 45% of the Contract Price (CNY 585,000) within 20 days after delivery and installation of all Equipment, confirmed by a signed installation record. Installation is not acceptance.
P:4.3 35% of the Contract Price (CNY 455,000) within 20 days after Final Acceptance.
P:4.4 Each payment is made against a valid VAT invoice issued by the Supplier or its appointed importer of record in China.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment within 75 days after signature and complete installation and commissioning within 45 days after delivery.
P:5.2 The Equipment shall be new, packed for sea and road transport, and delivered with certificates of origin and conformity, calibration certificates for every sensor, installation drawings and operating manuals in Chinese and English. The Buyer shall provide access to the machines during planned stops, power and network connections for the gateways, and a server meeting the Supplier's published requirements.
P:5.3 Training shall be given at the Buyer's plant in Chinese, for at least 16 maintenance staff and 3 administrators, and shall cover sensor mounting, alarm handling, trend analysis, basic fault diagnosis and administration of the Software. The Supplier shall provide the training materials.
P:5.4 If the Supplier fails to meet either date for reasons not attributable to the Buyer, the Supplier shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
H:6. Acceptance
P:6.1 After commissioning, the system runs for a trial period of 30 days. Final Acceptance requires that: every sensor reports data at its configured interval with no gap longer than one reporting interval on more than two days; vibration readings of ten reference machines agree with the Buyer's calibrated portable analyser within the tolerance in the technical specification; alarms are raised and pushed to the mobile application within one minute in a test of each alarm rule; work orders are created in the Buyer's maintenance management system through the interface; and all documentation is delivered.
P:6.2 If the criteria are met, the Buyer shall sign the Final Acceptance certificate within seven business days. Otherwise the Supplier shall remedy the defects and the trial period restarts.
P:6.3 Delivery, installation, use of the system or any payment shall not be regarded as acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During the warranty period, the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour and shipping, and shall provide Software updates.
P:7.2 The Supplier shall respond to a Priority 1 fault (the Software down, or a gateway failure that stops data from a production line) within 1 hour by telephone or remote session, and shall have an engineer on site by the next business day if remote support cannot restore operation. Other faults shall receive a response within one business day.
P:7.3 For each hour by which the Supplier misses the Priority 1 response time, the Buyer may deduct CNY 800 from the performance guarantee or from any payment due.
P:7.4 The warranty period of any replaced sensor or gateway restarts on replacement. If the same item fails three times, the Supplier shall replace it with a new unit of the same or a better model. The Supplier shall give the Buyer a quarterly health report on the installed sensors during the warranty period.
P:7.5 Sensor batteries are covered by the warranty. The Supplier shall keep a stock of spare sensors and gateways in China for quick replacement.
P:7.6 After the warranty period, the Buyer may order annual support covering Equipment repair, Software updates and remote support at 7% of the Equipment and Software subtotal (CNY 82,740) per year. This fee is fixed for three years after the warranty period. Each year is ordered separately and nothing renews automatically.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's own operations at the plant, including for additional measuring points purchased later.
P:8.2 The Custom Work and all reports produced by the system belong to the Buyer. The Buyer may use, modify and license the Custom Work freely, including through other service providers.
P:8.3 The Supplier warrants that the Equipment and the Software do not infringe third-party rights and shall indemnify the Buyer against any infringement claim.
H:9. Data and Security
P:9.1 All measurement data, alarm records and machine information collected by the system belong to the Buyer. The Supplier may use them only to perform this Agreement and may not retain, analyse or use them for any other purpose.
P:9.2 Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN with individual accounts, and is logged. The gateways shall be configured so that data is sent only to the Buyer's server.
P:9.3 The Supplier shall notify the Buyer within 8 hours of any security incident involving the Buyer's data or systems, take remedial action and be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's production data, process information and plant layout, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the end of this Agreement.
H:11. Liability
P:11.1 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement claims and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work, including on-site warranty work, without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor as for itself.
H:13. Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment and Software that the Buyer returns, and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission, Zhejiang Sub-Commission, for arbitration in Hangzhou.
H:15. General
P:15.1 Force majeure excuses a party's delay for as long as it lasts, provided that the party gives prompt notice.
P:15.2 This Agreement is made in English and Chinese in four originals, two for each party. Both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H604E04 = """# Managed Meeting Room and Video Conferencing Services Agreement

Agreement No. JH-MS-2025-027

**Customer:** Suzhou Jinhe Precision Electronics Co., Ltd., Suzhou Industrial Park, Jiangsu, People's Republic of China.

**Provider:** Absheron Integrated Services LLC, registered in the Republic of Azerbaijan, 28 Nizami Street, Baku, acting in China through its wholly owned subsidiary Absheron Technology Services (Suzhou) Co., Ltd., which performs the Services on site.

## Section 1. Background and Definitions

1.1 Customer operates 46 meeting rooms, two training halls and a boardroom at its Suzhou campus and uses them daily for video conferences with its customers and its plants in Vietnam and Mexico. Customer wishes to outsource the operation, support and refresh planning of this estate to Provider.

1.2 In this Agreement: "Services" means the services described in Schedule 1; "Service Levels" means the levels in Schedule 2; "Charges" means the charges in Schedule 3; "Transition" means the take-over activities in Section 3; "Service Commencement Date" means the date on which Customer signs the Transition acceptance certificate; "Term" means 36 months from the Service Commencement Date.

## Section 2. Services

2.1 From the Service Commencement Date, Provider shall provide the Services for all rooms listed in the room register, including monitoring of room systems, incident and request handling, scheduled preventive maintenance, on-site support for executive meetings, management of spare parts, and monthly reporting.

2.2 Provider shall provide a resident team on site from 08:00 to 20:00 on Customer's working days, and an on-call engineer outside those hours for Priority 1 incidents.

2.3 Customer owns the room equipment. Provider shall handle vendor warranty claims for the equipment on Customer's behalf and shall keep the equipment register up to date.

2.4 Provider shall not make changes to room configurations, firmware or network settings without approval through Customer's change management process, except in an emergency to restore a failed room, in which case Provider shall report the change on the same day.

## Section 3. Transition

3.1 Provider shall complete the Transition within 50 days after signature of this Agreement. The Transition comprises: a survey of every room with a documented baseline of its equipment, firmware and faults; set-up of Provider's monitoring for all room systems; creation of the room register and the runbooks for each room type; knowledge transfer from Customer's current support team; and a test of every room with a call to each of Customer's plants.

3.2 Transition acceptance criteria: every room in the register tested and either working or with its faults logged and agreed; monitoring alerts shown for every room system; runbooks reviewed and approved by Customer's IT service manager; and the resident team in place and trained. Customer shall sign the Transition acceptance certificate within five working days after the criteria are met. Starting the Services informally before that date is not acceptance.

3.3 If Provider fails to complete the Transition by the date in Section 3.1 for reasons attributable to Provider, Provider shall pay delay damages of CNY 2,000 per day of delay, up to CNY 60,000.

## Section 4. Service Levels and Service Credits

4.1 Provider shall meet the Service Levels in Schedule 2. Performance is measured monthly from Provider's ticketing system, to which Customer has read access.

4.2 If Provider misses a Service Level in a month, Customer shall receive the service credit stated in Schedule 2, deducted from the next monthly invoice. Total credits in a month are limited to a fifth of the Monthly Service Charge.

4.3 Provider shall submit a monthly service report by the fifth working day of each month, showing performance against each Service Level, incidents, requests, changes, equipment faults and credits, and shall meet Customer's IT service manager monthly to review it.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The Monthly Service Charge is fixed for the Term.

5.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after the Transition acceptance certificate is signed. Customer shall pay each correct VAT invoice within 30 days after receipt.

5.3 Customer shall not be obliged to pay any amount in advance of the related Services.

## Section 6. Customer Data

Recordings, meeting schedules, participant lists, room booking data and any other information of Customer that Provider handles in performing the Services remain the property of Customer, and Provider shall use them only to perform the Services.

## Section 7. Confidentiality

7.1 Each party shall treat the other party's non-public information, including the content of meetings that Provider's staff may attend or hear when supporting them, as confidential. It shall use such information only for this Agreement and shall not disclose it to anyone other than its staff who need to know it.

7.2 Provider shall ensure that each member of the resident team signs Customer's individual confidentiality undertaking before starting work. These obligations continue for five years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 The room register, runbooks, configuration backups, reports and any scripts or control-system programs written by Provider for Customer belong to Customer, which may use, modify and license them freely, including with another provider.

8.2 Provider's own monitoring tools remain Provider's property. Provider grants Customer a free licence to use the outputs of those tools.

## Section 9. Personnel

9.1 Provider shall name a service delivery manager and keep the resident team stable. Replacement of a resident engineer requires two weeks' notice and a handover.

9.2 Provider's staff shall comply with Customer's site rules, including access control, safety and clean-room rules in production areas.

## Section 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. The Provider's Suzhou subsidiary named above is not a subcontractor. Provider remains fully responsible for any approved subcontractor.

## Section 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total Charges payable over the Term as set out in Schedule 3.

11.2 The limit does not apply to personal injury, damage to Customer's property caused by Provider's staff, or wilful misconduct.

## Section 12. Term

12.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically. Any extension requires a written amendment signed by both parties.

12.2 This Agreement cannot be terminated before the end of the Term, except by a written agreement signed by both parties or under Section 14.

12.3 At the end of the Term, Provider shall support the hand-over of the Services to Customer or a new provider for up to 30 days at no extra charge and shall hand over all documents listed in Section 8.1.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## Section 14. Force Majeure

A party affected by force majeure shall notify the other promptly and is excused for as long as the event lasts. If force majeure prevents the Services for more than 90 consecutive days, either party may end this Agreement by notice.

## Section 15. General

This Agreement, with Schedules 1 to 3, is the entire agreement on its subject. Amendments must be in writing. It is signed in English in two originals.

For Customer: ____________________    For Provider: ____________________

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Monitoring | Continuous monitoring of codecs, displays, microphones, control panels and room booking panels | 24 x 7 |
| Incident handling | Diagnosis and repair of room faults, replacement from spare stock, vendor warranty claims | Working days 08:00-20:00, on call for Priority 1 |
| Executive meeting support | Engineer present in the boardroom for meetings booked as executive | As booked |
| Preventive maintenance | Check of every room each month, firmware updates through change management | Planned |
| Requests | New user training, room moves and small changes | Working days |
| Reporting | Monthly service report and review | Monthly |

## Schedule 2 - Service Levels

| Measure | Service Level | Service credit if missed |
|---|---|---|
| Priority 1 response (boardroom or a training hall unusable, or any room unusable during an executive meeting) | 30 minutes | 3% of the Monthly Service Charge |
| Priority 1 restoration | 2 hours | 5% of the Monthly Service Charge |
| Priority 2 response (a meeting room unusable) | 1 hour | 2% of the Monthly Service Charge |
| Priority 2 restoration | next working day | 2% of the Monthly Service Charge |
| Preventive maintenance completed on schedule | every room each month | 1% of the Monthly Service Charge |
| Monthly report delivered on time | by the fifth working day | 1% of the Monthly Service Charge |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition acceptance | 74,000 |
| Monthly Service Charge | 58,000 per month x 36 months | 2,088,000 |
| **Total Charges over the Term** | | **2,162,000** |

All Charges include VAT and all costs of Provider's staff, tools and travel. Spare parts are purchased by Customer at cost plus an agreed handling fee.
"""

H604E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL POSITION AND PORT CALL DATA API

Agreement No. KMD-CN-2025-009

BETWEEN

Qingdao Haiyun Shipping Agency Co., Ltd., a company registered in Qingdao, Shandong, People's Republic of China ("Customer"); and

Karadeniz Maritime Data Ltd. Sti., a company registered in the Republic of Turkiye, with its office at Kahramanmaras Caddesi 41, Ortahisar, Trabzon ("Provider").

1. PURPOSE AND DEFINITIONS

1.1 Customer provides ship agency, husbandry and freight services at ports in northern China. Provider operates a data platform that combines terrestrial and satellite AIS signals with port, berth and vessel registry information. Customer wishes to subscribe to Provider's data through an application programming interface for use in its own agency and voyage-tracking systems.

1.2 In this Agreement:
(a) "API" means Provider's vessel position, voyage, port call and estimated-arrival endpoints described in the API documentation;
(b) "Data" means the data delivered by Provider through the API;
(c) "Customer Data" means the vessel lists, watch lists, route plans, port call queries, user accounts and other information that Customer submits to the API or the portal;
(d) "Start Date" means the date on which Customer signs the integration acceptance certificate under clause 4;
(e) "Subscription Year" means the period from the Start Date until the day before its first anniversary, and the period from that anniversary until the day before the second anniversary;
(f) "Integration Deliverables" means the data mappings, the custom feed of port calls for Customer's ports of interest, the connector to Customer's agency system and their documentation, prepared by Provider for Customer.

2. SUBSCRIPTION

2.1 Provider grants Customer, for two Subscription Years, a non-exclusive right to access the API and to use the Data within Customer and its affiliates in mainland China for their own business, including showing the Data to Customer's principals in voyage reports.

2.2 The subscription includes up to 40 million API calls per Subscription Year, coverage of all vessels above 300 gross tonnage worldwide, position updates at least every three minutes for vessels in terrestrial coverage, and access to the web portal for 25 named users.

2.3 Customer shall not resell the Data as a data product or make the API available to third parties.

2.4 Provider may improve the API from time to time. Provider shall give Customer at least 60 days' written notice of any change that removes a field or endpoint or changes a response format, and shall keep the previous version available during that period so that Customer can adapt its systems.

2.5 Provider shall provide technical support to Customer's developers and portal users in English and Chinese by e-mail and a ticket system, and shall name a customer success contact who meets Customer at least once per quarter by video conference to review data quality, usage and planned changes.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription Fee: CNY 186,000 per Subscription Year, CNY 372,000 for the two Subscription Years;
(b) Integration Fee: CNY 44,000, one time;
(c) Total contract value: CNY 416,000, including VAT.

3.2 API calls above the annual allowance are charged at CNY 900 per additional million calls, invoiced at the end of each Subscription Year. Overage charges are not part of the total contract value.

3.3 The Subscription Fee for each Subscription Year is invoiced in four equal quarterly instalments at the end of each quarter of that Subscription Year. The Integration Fee is invoiced after integration acceptance. Customer shall pay each invoice within 30 days after receipt.

3.4 Fees are fixed for the two Subscription Years.

3.5 Provider shall issue invoices through its appointed agent in China as valid VAT invoices in CNY. Customer may withhold any amount it disputes in good faith, with a written explanation, until the dispute is resolved; the undisputed part shall be paid when due.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall complete the Integration Deliverables within 40 days after signature of this Agreement.

4.2 Customer shall test the integration for ten working days. Acceptance criteria: all API endpoints in the documentation return valid responses from Customer's environment; positions for a sample of 50 vessels chosen by Customer match independent sources within the tolerance in the API documentation; the custom port call feed for Qingdao, Rizhao, Yantai and Tianjin shows arrivals and departures within 30 minutes of the port authority records in at least 19 out of 20 sample calls; and the connector creates voyage records in Customer's agency system without manual correction.

4.3 When the criteria are met, Customer shall sign the integration acceptance certificate. Otherwise Provider shall correct the failures and the test shall be repeated. Use of the API during testing is not acceptance.

4.4 If Provider does not complete the Integration Deliverables by the date in clause 4.1 for reasons attributable to Provider, Provider shall pay delay damages of CNY 400 for each day of delay, up to CNY 20,000.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.5% of each calendar month, measured at Provider's API gateway, excluding scheduled maintenance notified three days in advance.

5.2 A Severity 1 incident means that the API is unavailable or returns no positions for a whole region. Provider shall respond to a Severity 1 incident within 1 hour, at any time, and work continuously to restore service. Severity 2 incidents (delayed or incomplete data for some vessels) receive a response within 8 hours; other requests by the next business day.

5.3 Provider shall publish the monthly availability figure in the portal.

5.4 Provider's obligation in the event of a failure to meet the levels in this clause 5 is to use all reasonable efforts to restore the API. No service credits, fee reductions or other payments apply to a failure to meet those levels.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API and the portal to Customer and shall not use it for any other purpose, including for building or improving its products or for analysis about Customer's business or principals.

6.2 Provider shall store Customer Data encrypted, restrict access to named engineers, log access, and delete Customer Data within 30 days after the end of the Agreement, confirming the deletion in writing.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take immediate steps to contain it, and compensate Customer for losses resulting from Provider's failure to comply with this clause 6.

6.4 Customer Data shall be processed on servers in mainland China. Provider shall not transfer Customer Data outside mainland China without Customer's written consent and compliance with PRC law.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the API, the platform and the Data, subject to the rights granted to Customer.

7.2 The Integration Deliverables belong to Customer, which may use, modify and license them freely, including through other service providers and after the end of the Agreement.

8. CONFIDENTIALITY

8.1 Each party shall keep the other party's non-public information received under this Agreement confidential, use it only for this Agreement and not disclose it to third parties without prior written consent, except to professional advisers bound by confidentiality.

8.2 The obligations in this clause survive for three years after the end of the Agreement.

9. SUBCONTRACTORS

9.1 Provider may engage subcontractors, including satellite data suppliers, data centre operators in China and software developers, to perform any part of this Agreement, by giving Customer written notice of the subcontractor's name and role at least ten days before the subcontractor starts work.

9.2 Provider remains responsible for its subcontractors.

10. LIABILITY

10.1 Each party's total liability arising out of or in connection with this Agreement is limited to 150% of the total contract value in clause 3.1(c).

10.2 The limit does not apply to wilful misconduct, breach of clause 6 or clause 8, or infringement of intellectual property rights.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a further subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.

11.3 If Customer terminates under clause 11.2, Provider shall refund any fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules then in force.

13. GENERAL

13.1 Neither party may assign this Agreement without the other party's prior written consent.

13.2 Neither party is liable for delay caused by force majeure, including failure of satellite constellations or public networks outside its control, if it gives prompt notice.

13.3 This Agreement is made in English in two originals. Notices shall be given in writing to the addresses above.

SIGNATURES

For Customer: ____________________
For Provider: ____________________
Date: 4 August 2025
"""

# ---------------------------------------------------------------- labels
NAMES = {
    "h604z01": ("h604z01_traffic_signal_timing_platform.pdf", "zh", "software", H604Z01),
    "h604z02": ("h604z02_glass_bottle_is_machine_control_retrofit.docx", "zh", "hardware", H604Z02),
    "h604z03": ("h604z03_maternity_chain_membership_saas.txt", "zh", "cloud", H604Z03),
    "h604z04": ("h604z04_cdc_immunisation_system_om_service.txt", "zh", "services", H604Z04),
    "h604z05": ("h604z05_preserved_fruit_traceability_supplier_template.md", "zh", "software", H604Z05),
    "h604e01": ("h604e01_cold_chain_wms_licence_yerevan_vendor.pdf", "en", "software", H604E01),
    "h604e02": ("h604e02_lms_saas_order_form_tbilisi_vendor.md", "en", "cloud", H604E02),
    "h604e03": ("h604e03_condition_monitoring_sensors_izmir_vendor.docx", "en", "hardware", H604E03),
    "h604e04": ("h604e04_managed_meeting_room_av_baku_vendor.md", "en", "services", H604E04),
    "h604e05": ("h604e05_vessel_data_api_trabzon_vendor.txt", "en", "cloud", H604E05),
}
G, S = "goods_or_licence", "service"
# terms in key order; extra; design (fee base for TCO, forum outside mainland), design rules
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
D = {
    "h604z01": dict(v=1964000, t=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 10, True, True, 24, 9,
                                  False, True, False, "PRC", G], sla=True, ld=True, cap=True, deemed=False,
                    base=1160000, rules=[]),
    "h604z02": dict(v=2368000, t=[None, 1, False, "buyer", True, True, True, 0.07, None, 20, True, True, 36, 8,
                                  False, True, True, "PRC", G], sla=True, ld=True, cap=True, deemed=False,
                    base=2158000, rules=["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "h604z03": dict(v=480000, t=[99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                                 True, True, False, "PRC", S], sla=True, ld=True, deemed=False,
                    rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h604z04": dict(v=596000, t=[99.95, 0.25, True, "buyer", True, True, False, None, None, None, True, None, None,
                                 None, False, True, False, "PRC", S], sla=True, ld=False, deemed=False,
                    rules=["CR-CONFIDENTIALITY", "CR-LD-MISSING"]),
    "h604z05": dict(v=770000, t=[None, None, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, 25,
                                 False, True, None, "PRC", G], sla=False, ld=True, cap=True, deemed=True,
                    base=598000, rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW",
                                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                                        "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h604e01": dict(v=1864000, t=[None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11,
                                  False, True, False, "Armenia", G], sla=True, ld=True, cap=True, deemed=False,
                    base=1240000, forum_out=True, rules=["CR-GOVERNING-LAW"]),
    "h604e02": dict(v=594000, t=[99.95, 0.5, True, "buyer", True, False, True, 500 / 594000 * 100, 6 / 24 * 100, None,
                                 True, None, None, None, True, True, False, "PRC", S], sla=True, ld=True, deemed=False,
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "h604e03": dict(v=1300000, t=[None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 7,
                                  False, True, False, "PRC", G], sla=True, ld=True, cap=True, deemed=False,
                    base=1182000, rules=[]),
    "h604e04": dict(v=2162000, t=[None, 0.5, True, "buyer", False, True, True, 2000 / 2162000 * 100, 150, None, True,
                                  None, None, None, False, False, False, "PRC", S], sla=True, ld=True, deemed=False,
                    rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h604e05": dict(v=416000, t=[99.5, 1, False, "buyer", True, True, True, 400 / 416000 * 100, 150, None, True,
                                 None, None, None, False, True, True, "PRC", S], sla=True, ld=True, deemed=False,
                    rules=["CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
ALL_THRESH = set(THRESH.values()) | {40}


def tco_share(d):
    t = dict(zip(T, d["t"]))
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None or not d.get("cap"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return fees / (d["v"] + fees) * 100


def derive(d):
    """Policy §3 as read in this brief's NOTES."""
    t = dict(zip(T, d["t"]))
    goods = t["contract_kind"] == G
    r = set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not d.get("cap") or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(d)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_out"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label(key):
    name, lang, cat, _ = NAMES[key]
    d = D[key]
    terms = dict(zip(T, d["t"]))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["cap"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["v"]
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(d["rules"])}


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.90*(?!\d)",
    r"(?<![\d.])(30|15|40|100)(\.0+)?\s*(%|％|per\s*cent|percent)",
    r"(?<![\d.])0?\.050*\s*(%|％)",
    r"百分之(三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
    r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])4\s*(-\s*)?(hours?|hrs?|h\b|小时|个小时)", r"(?<![十百零一二三四五六七八九两])四个?小时",
    r"\bfour[\s-]*hours?\b",
    r"(?<![\d.])12\s*(-\s*)?(months?|个月|月)", r"\btwelve[\s-]*months?\b", r"十二个月", r"(?<![第每])一年",
    r"\b(one|1)[\s-]*year\b",
    r"\b(thirty|fifteen|forty|one\s+hundred)\s+per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "15%", "40 %", "100%", "百分之三十", "百分之十五", "99.9%", "99.90%", "0.05%", "万分之五",
            "4 hours", "4小时", "四小时", "4-hour", "four hours", "12 months", "12个月", "12-month", "twelve months",
            "十二个月", "质保期一年", "one year", "1-year", "thirty per cent"]
MUST_MISS = ["130%", "99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "十四小时", "0.055%", "万分之五十",
             "2025年", "36 months", "二十四个月", "第一年", "35%", "45%", "1.5%", "30 days", "三十日", "115%",
             "14 hours", "112 months", "0.08%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in NAMES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: NAMES[k][3] for k in targets}, targets, OUT, wrap_words=True)
    for k, (name, *_rest) in NAMES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(NAMES[k][3], encoding="utf-8")
            print("wrote", name)
    for s in MUST_HIT:
        assert scan(s), ("regex self-test, must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("regex self-test, must miss", s, scan(s))
    fired = set()
    for k, (name, lang, cat, _) in NAMES.items():
        d = D[k]
        lab = label(k)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                                encoding="utf-8")
        got = derive(d)
        assert got == sorted(d["rules"]), (k, got, d["rules"])
        fired |= set(got)
        for f, v in lab["expected_terms"].items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert v not in ALL_THRESH, (k, f, v)
        sh = tco_share(d)
        if sh is not None:
            assert abs(sh - 40) > 2, (k, sh)
        text = read_back(OUT / name)
        hits = scan(text)
        assert not hits, (k, hits)
        if lang == "zh":
            n = len(text)
            assert 2750 <= n <= 3000, (k, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, "words", n)
        print(f"{name}: {'chars' if lang == 'zh' else 'words'} {n}, rules {got or '(none)'}, risk {risk(got)}, "
              f"tco share {None if sh is None else round(sh, 2)}")
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    assert sum(1 for k in D if not D[k]["rules"]) == 2
    assert D["h604e01"]["rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(D["h604z05"]["rules"]) <= 10
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    main()
