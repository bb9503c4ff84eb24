"""holdout660: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rule derivation, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H660Z01 = """T:市党史研究室党史史料数字化平台建设项目合同
P:合同编号：DSZ-ZFCG-2026-017
P:甲方（采购人）：某市委党史研究室
P:乙方（供应商）：江南典藏信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，双方就党史史料数字化平台的软件许可、定制开发与实施事宜，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“史料典藏数字化平台”软件许可（含采集著录、元数据管理、全文检索、在线阅览、权限管理模块），许可为永久许可，不限用户数，部署于甲方机房。
P:1.2 乙方按甲方需求定制开发以下内容：口述史音视频著录子系统、党史人物与事件专题库、史料征集线上报送功能、与市档案馆数字档案系统的数据接口。
P:1.3 乙方负责将甲方现有约四十二万页扫描影像及著录条目迁移至新平台，并完成部署、联调、培训及试运行保障。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾壹万贰仟元整（¥1,412,000），其中：平台软件许可费760,000元；定制开发费538,000元；数据迁移与实施费96,000元；培训费18,000元。
P:2.2 合同总价为固定总价，包含软件、开发、实施、差旅、税费及质保期内全部服务费用，甲方不再另行支付任何费用。
P:2.3 因甲方需求变更导致工作量增加的，双方按投标报价中的人天单价另行签订补充协议，未经书面确认的工作量不计费。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计282,400元。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%，计635,400元。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，计494,200元。
P:3.4 乙方每次请款前应开具等额增值税专用发票。甲方按国库集中支付程序付款，因财政审批流程产生的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后七十五日内完成平台部署与数据迁移，一百二十日内完成全部定制开发并提请初步验收。
P:4.2 乙方应在合同签订后十日内提交项目实施方案，经甲方确认后执行。实施方案变更须经甲方书面同意。
P:4.3 乙方应指派具有同类项目经验的项目经理一名及不少于五名实施人员常驻甲方现场，项目经理未经甲方同意不得更换。乙方人员应遵守甲方的安全保密管理制度和机房管理规定。
P:4.4 甲方应提供必要的工作场地、网络环境及服务器资源，并指定联系人协调史料提供、需求确认和测试工作。
H:第五条 验收
P:5.1 初步验收标准：（一）迁移影像与条目经逐条比对，数量一致，抽检差错率不高于万分之二；（二）全文检索在五百并发用户下平均响应时间不超过2秒；（三）与档案馆接口连续十个工作日数据交换无差错；（四）需求规格说明书所列功能全部实现。
P:5.2 初步验收后平台试运行六十日，试运行期间无一级故障，且通过第三方软件测评机构的功能、性能及安全测评后，进行最终验收。
P:5.3 验收由甲方组织，形成书面验收报告并经双方签字。平台上线使用、甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询及每季度一次巡检。
P:6.2 乙方应为甲方业务人员和系统管理员各提供不少于两期培训，提供操作手册、运维手册及培训视频，确保甲方人员能够独立完成日常著录和系统管理。
P:6.3 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的8%（即不超过60,800元/年），该价格在质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月可用率不低于99.95%（计划内维护时间除外，计划维护须提前三个工作日通知甲方）。
P:7.2 一级故障（平台无法访问或数据无法检索）：乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：1小时内响应，24小时内解决；三级问题：在下一工作日内答复。
P:7.3 乙方响应或恢复超时的，每超时一小时，甲方可从应付款项或履约保证金中扣除800元；月可用率每低于约定值0.01个百分点，扣除1,500元。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的子系统、专题库结构、接口程序及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。乙方应在最终验收前向甲方交付完整源代码。
H:第九条 数据安全
P:9.1 本项目涉及的史料影像、著录数据、口述史音视频及用户信息均属于甲方，乙方仅得为履行本合同使用，不得复制、留存或用于任何其他目的。
P:9.2 乙方人员应在甲方指定场所、通过甲方堡垒机访问系统，不得将数据拷贝出甲方网络。乙方应落实等级保护要求，对迁移过程实施日志审计。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方未公开史料、工作秘密及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 乙方应与参与本项目的人员签订保密承诺书。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方未按本合同第四条配备项目人员或擅自更换项目经理的，每发生一次，甲方可从应付款项中扣除5,000元。
P:11.3 乙方交付的成果不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、战争等不能预见、不能避免且不能克服的客观情况致使一方不能履行合同的，该方应在三日内通知对方，并在十五日内提供有关机构出具的证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　　乙方（盖章）：____________
P:日期：2026年　月　日
"""

H660Z02 = """T:热压生产线控制系统改造及维保合同
P:合同编号：LY-JHB-2026-0412
P:甲方：临沂华森胶合板有限公司
P:乙方：鲁中智控自动化工程有限公司
P:甲方三号热压生产线现有继电器控制系统老化，温度、压力控制精度不足，造成板材鼓泡、分层。经比选，甲方委托乙方实施控制系统改造并提供后续维保服务，双方订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原控制柜，供货并安装PLC控制柜及I/O模块、热板温度与油缸压力传感器、比例阀等执行机构、工控机及触摸屏，部署热压工艺控制软件，实现升温、加压、保压、卸压全过程自动控制和配方管理。
P:1.2 乙方负责将新系统与甲方生产管理系统对接，上传每一热压周期的温度曲线、压力曲线、板号及班组信息。
P:1.3 技术要求：控制系统应支持不少于二十组工艺配方存储，具备超温、超压、油泵故障报警及连锁保护功能，报警信息应在触摸屏和中控室同时显示并记录，历史数据在本地保存不少于两年。
P:1.4 乙方应提供电气原理图、接线图、带注释的PLC程序、软件安装介质以及操作手册、维护手册各两套。
P:1.5 改造应利用甲方计划停产检修期施工，现场停机时间不得超过二十日。
H:第二条 合同价格
P:2.1 合同总价为人民币1,054,000元（含13%增值税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|2套|486,000
TB:2|温压传感器、比例阀及执行机构|1批|214,000
TB:3|工控机及HMI触摸屏|3台|96,000
TB:4|热压工艺控制软件许可（永久）|1套|168,000
TB:|软硬件小计||964,000
TB:5|安装、布线及调试|1项|78,000
TB:6|操作及维护培训|1项|12,000
TB:|合计||1,054,000
P:2.2 上述价格为固定价格，包含运输、保险、安装辅材及技术服务费用。
H:第三条 付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的25%作为预付款，计263,500元。
P:（二）设备到货并安装完毕、经甲方签收后，甲方支付合同总价的50%，计527,000元。到货签收仅确认数量，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的25%，计263,500元。
P:（四）乙方每次请款前应向甲方开具等额增值税专用发票，甲方在收到发票后十五个工作日内付款。维保年费按季度于每季度末结算，依据为当季巡检报告及维修记录。
H:第四条 交货与施工
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方厂区，并在甲方停产检修期内完成安装与调试。
P:4.2 乙方施工人员应持证上岗，遵守甲方安全生产制度，动火、登高作业须办理作业票。因乙方原因造成的人身或财产损失，由乙方承担。
P:4.3 甲方负责提供施工用电、压缩空气及设备临时堆放场地，并安排工艺人员配合调试。因甲方未按约定停产或未提供条件导致工期延误的，工期相应顺延。
P:4.4 乙方应在施工前提交施工组织方案、停机切换方案和应急回退方案，经甲方设备部审核同意后方可施工。切换过程中如新系统无法稳定运行，乙方应在六小时内恢复原系统生产。
P:4.5 乙方应为现场施工人员购买意外伤害保险。施工结束后乙方应清理现场，拆除的旧控制柜、电缆等物资归甲方所有，由乙方搬运至甲方指定地点。
H:第五条 验收
P:5.1 系统调试完成后连续生产十五日，并满足以下标准，方可进行最终验收：（一）热板温度控制偏差不超过±1.5℃；（二）保压阶段压力波动不超过±0.2MPa；（三）配方切换正常，每一热压周期的曲线均完整上传至生产管理系统；（四）因控制原因造成的板材鼓泡、分层不良率低于0.3%。
P:5.2 验收由双方共同进行并签署验收报告。设备安装完毕或投入试生产均不视为验收合格。未通过验收的，乙方应在十日内整改后重新验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:6.2 质保期满后，乙方按年提供维保服务，内容包括每季度巡检、备件更换、程序优化及故障抢修。维保年费为软硬件小计的28%，即269,920元/年，质保期满后三年内固定不变。
P:6.3 质保期及维保期内，一级故障（热压线停机）乙方应在1小时内电话响应，8小时内到达现场；二级故障在24小时内处理。响应或到场每超时一小时，乙方向甲方支付500元。
P:6.4 乙方应在甲方厂区常备关键备件（PLC CPU模块、温度模块、压力传感器各一套），备件清单作为合同附件。维保期内更换的备件费用包含在维保年费中。
P:6.5 乙方应对甲方设备操作工、电工及工艺员进行培训，培训不少于三期，每期两天，并提供中文操作手册和电气图纸。
P:6.6 维保期内乙方每次巡检后应提交书面巡检报告，列明发现的问题、处理情况及改进建议，由甲方设备部签字确认。巡检报告及维修记录作为年度维保费结算的依据。
H:第七条 违约责任
P:7.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的0.08%向甲方支付违约金。
P:7.2 设备或软件经验收后在质保期内同一故障重复发生三次以上的，乙方应免费更换同型号新品，并承担由此产生的停机损失。
P:7.3 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失、人身伤亡及违反第九条造成的损失除外。
H:第八条 知识产权
P:8.1 乙方既有的控制软件平台知识产权归乙方所有，甲方享有永久使用权。
P:8.2 乙方为甲方专门编写的PLC程序、热压工艺配方模块、对接接口程序及其源代码归甲方所有，甲方有权自行修改或交由第三方维护。
H:第九条 数据安全
P:9.1 热压工艺参数、配方、生产记录等数据属于甲方，乙方不得复制、留存或用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方批准并通过甲方指定的堡垒机进行，全程记录。乙方应确保其设备和软件不含恶意代码。发生数据泄露或系统被入侵的，乙方应在2小时内通知甲方并协助处置，因乙方原因造成的损失由乙方承担。
H:第十条 保密
P:10.1 双方对在履行合同过程中获知的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。
H:第十一条 分包
P:11.1 乙方可以将现场安装、电缆敷设等辅助工作分包给具备相应资质的单位，但应在分包单位进场前书面告知甲方。乙方对分包单位的工作承担全部责任，分包单位人员同样须遵守甲方安全生产制度及本合同第四条的施工要求，并由乙方统一管理和结算。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 因不可抗力导致合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。发生争议协商不成的，提交临沂仲裁委员会仲裁。
P:13.2 合同履行中任何变更均应采用书面形式，经双方授权代表签字后生效。本合同附件包括：设备清单及技术参数、施工组织方案、备件清单、验收大纲，附件与本合同具有同等效力。
P:13.3 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

H660Z03 = """连锁保龄球馆预订与会员管理系统SaaS服务及实施合同

合同编号：QX-SaaS-2026-088
甲方：成都星途保龄球运动连锁有限公司
乙方：蓉城云道软件科技有限公司

鉴于甲方在西南地区经营三十家保龄球馆门店，需要统一的球道预订、会员管理及收银系统，乙方拥有“云道馆务”SaaS平台，双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店提供“云道馆务”SaaS平台订阅服务，功能包括：线上球道预订与排队叫号、会员储值与积分、团建套餐、前台收银与交班、鞋柜与球具管理、门店经营报表及总部看板。
2. 订阅服务按门店计费，每家门店不限前台终端数量和员工账号数量。新增门店按本合同单价另行签订补充协议。
（二）实施服务
1. 乙方负责平台初始化配置、三十家门店的前台终端部署、计分系统对接、会员及储值余额数据从甲方旧系统迁移。
2. 乙方为甲方定制开发总部会员画像报表和与甲方财务系统的收款对账接口。
3. 乙方负责对甲方总部及各门店店长、前台收银员进行培训，每家门店现场培训不少于一次。
（四）版本升级
1. 乙方对平台进行版本升级的，应提前七日通知甲方，升级不得删减甲方已使用的功能，不得向甲方加收费用。
2. 涉及前台收银流程变化的升级，应先在甲方指定的一家试点门店运行不少于七日，经甲方确认后再推广至全部门店。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（二）乙方应在合同签订后六十日内完成全部门店上线并提请上线验收。
（三）甲方应保证各门店具备稳定的宽带网络和前台终端运行环境，提供旧系统数据导出文件和计分系统接口文档，并指定总部项目联系人，协调门店配合部署和培训。因甲方未按约定提供条件导致上线延误的，上线期限相应顺延。

三、合同价款与支付
（一）合同总价为人民币686,000元，其中：
1. 订阅费：每家门店每个服务年度9,600元，三十家门店每个服务年度288,000元，两个服务年度合计576,000元；
2. 实施费（含数据迁移、终端部署、定制报表及对账接口）94,000元；
3. 培训费16,000元。
（二）实施费和培训费在上线验收合格后十五个工作日内一次性支付。
（三）每个服务年度的订阅费，在该服务年度开始后十五个工作日内支付。
（四）乙方应在每次付款前开具合法有效的增值税专用发票。

四、上线验收
（一）验收标准：
1. 三十家门店全部完成部署，预订、收银、会员、交班功能在每家门店实测通过；
2. 迁移的会员数量、储值余额、积分与旧系统逐条核对一致；
3. 与计分系统的对接连续七日运行无差错，对账接口日对账结果与财务系统一致；
4. 高峰时段单店并发下单响应时间不超过2秒。
（二）迁移过程中乙方应先在测试环境完成两轮试迁移，试迁移结果经甲方抽查确认后方可正式迁移；正式迁移当日各门店暂停储值业务，迁移完成后由门店店长签字确认余额。
（三）甲方在乙方提请验收后十个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。验收不合格的，乙方应在十日内整改并重新提请验收。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护须安排在凌晨一时至六时之间，并提前三日通知甲方。
（二）故障分级与响应：
1. 一级故障（多家门店无法预订或收银）：乙方30分钟内响应，2小时内恢复；
2. 二级故障（单店功能异常）：1小时内响应，8小时内解决；
3. 三级问题（咨询、报表需求）：一个工作日内答复。
（三）乙方应为甲方指定专属客户经理及七乘二十四小时服务热线，每月五日前向甲方提交上月服务报告，内容包括月可用率、故障清单、处理时长、抵扣金额及改进措施。
（四）服务抵扣：月可用率低于约定值但不低于99%的，按当月订阅费的5%抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障超过恢复时限的，每超时一小时另行抵扣2,000元。抵扣金额从下一期订阅费中扣除。

六、数据归属与数据安全
（一）甲方会员信息、消费记录、储值数据及经营数据均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应将平台部署于境内云服务机房，平台通过网络安全等级保护三级测评；会员手机号等个人信息加密存储，访问留痕，数据每日备份。
（三）发生数据泄露、丢失或被非法访问的，乙方应在两小时内通知甲方，配合甲方履行个人信息保护法定义务，并赔偿甲方因此遭受的全部损失。
（四）服务期满或合同解除后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。
（五）乙方每个服务年度应接受甲方或甲方委托的第三方机构进行一次安全评估，对评估发现的高危问题在十五日内完成整改。乙方更换云服务机房或数据存储地点的，应提前三十日书面通知甲方并取得甲方同意。

七、保密
双方对在合作中知悉的对方商业秘密和经营信息负有保密义务，保密期限至合同终止后三年。

八、知识产权
（一）“云道馆务”平台的知识产权归乙方所有。
（二）为甲方定制开发的会员画像报表、对账接口及相关源代码归甲方所有，甲方可自由使用、修改。
（三）乙方保证其提供的平台和服务不侵犯任何第三方的知识产权。第三方就此向甲方主张权利的，由乙方负责处理并承担全部费用和赔偿。

九、违约责任
（一）乙方未能按期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方未按第五条第（三）项按时提交服务报告，或对甲方书面指出的服务问题逾期十日未整改的，每发生一次，甲方可从应付订阅费中扣减1,000元。
（三）乙方违反本合同第六条的，应赔偿甲方全部损失，并承担相应法律责任。

十、续期
服务期满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权根据市场情况调整订阅单价，上调幅度不超过上一服务年度单价的8%，并以书面方式通知甲方。

十一、分包
乙方不得将本合同项下服务转包；确需将门店终端安装等辅助工作委托第三方的，须事先取得甲方书面同意。

十二、合同解除
一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同。乙方连续两个月月可用率低于99%的，甲方有权解除合同。合同解除的，对于甲方已支付但尚未使用的服务期间，乙方应按未使用天数比例退还订阅费，并配合甲方完成数据导出和系统切换。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可提交成都仲裁委员会仲裁。

十四、其他
（一）因不可抗力或电信运营商大范围网络中断导致服务中断的，受影响一方不承担责任，但应及时通知对方并尽力减少损失；该时段不计入可用率统计。
（二）本合同附件包括：功能清单、门店清单、上线验收方案和服务水平说明，附件与本合同具有同等效力。
（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
签订日期：2026年  月  日
"""

H660Z04 = """某省国际贸易促进委员会
展会管理与原产地认证系统2026年度运维服务合同

合同编号：MCH-YW-2026-03
甲方：某省国际贸易促进委员会（某省国际商会）
乙方：汇通恒信信息技术服务有限公司

根据甲方2026年度信息系统运维服务采购结果，甲方委托乙方承担展会管理与原产地证书认证系统（以下简称“系统”）的年度运维服务，双方订立本合同。

第一条 运维对象
1.1 系统包括：出展项目报名与展位管理子系统、展商及观众登记子系统、原产地证书和商事证明书在线申办与签证子系统、电子印章与证书核验接口、统计分析平台。
1.2 运维范围包括上述子系统的应用软件、中间件、数据库、操作系统，以及部署在甲方机房的十八台服务器、两台存储设备和相关网络安全设备。

第二条 服务期限
2.1 服务期自2026年3月1日起至2027年2月28日止。
2.2 服务期内系统因甲方业务调整新增子系统或迁移上云的，新增部分的运维内容和费用由双方另行协商并签订补充协议。
2.3 服务期满，本合同终止。甲方如需继续采购运维服务，按政府采购程序另行确定供应商。

第三条 服务内容
3.1 驻场服务：乙方派驻两名运维工程师在甲方办公地点工作，工作时间为工作日八时三十分至十七时三十分；重大展会举办期间及签证业务高峰期，按甲方要求延长驻场时间。
3.2 远程及现场支持：乙方提供七乘二十四小时技术支持热线，工作时间外的故障通过远程或现场方式处理。
3.3 日常运维：系统监控、日志检查、数据库备份核验、账号与权限维护、证书模板调整、签证规则配置更新。
3.4 巡检：每月一次全面巡检，出具巡检报告；重大展会开幕前七日进行专项检查和压力测试。
3.5 变更与小型优化：全年提供不超过六十人天的小型功能优化和报表调整，超出部分双方另行协商。
3.6 安全运维：配合甲方开展等级保护测评和安全检查，及时修补系统漏洞，每季度进行一次漏洞扫描并提交整改报告。
3.7 应急保障：制定系统应急预案，每半年组织一次应急演练。
3.8 人员要求：驻场工程师应具有三年以上同类系统运维经验，其中至少一人持有数据库或信息安全相关专业认证。乙方应建立后备人员机制，驻场人员请假时安排具备同等能力的人员顶岗。
3.9 运维工具：乙方使用的监控、运维工具应事先经甲方审核，不得在甲方系统中安装未经许可的软件或远程控制程序。

第四条 服务交接
4.1 乙方应在合同签订后十日内完成与原运维单位的交接，包括系统文档、账号口令、备份介质、运维记录的清点和接收，并提交交接报告。
4.2 交接完成前，乙方应安排人员跟岗学习，确保签证业务不受影响。

第五条 服务水平
5.1 系统月可用率不低于99.95%。计划停机须在非业务时间进行并提前三个工作日报甲方批准。
5.2 故障响应要求：
（1）一级故障（原产地证书签证或核验中断、展会报名系统无法访问）：30分钟内响应，2小时内恢复业务；
（2）二级故障（部分功能异常）：1小时内响应，8小时内解决；
（3）三级问题（一般咨询和配置需求）：当日响应，三个工作日内完成。
5.3 乙方应在每月五日前提交上月运维报告，列明可用率、故障情况、处理时长及变更记录。
5.4 重大展会举办期间和每年证书签证高峰期，乙方应增派一名工程师现场值守，实行双人在岗，并提前制定专项保障方案报甲方确认。
5.5 服务水平未达到上述要求的，乙方应书面说明原因并提出整改措施。服务水平情况作为甲方年度考核评价的参考，不另行扣减运维服务费。

第六条 合同价款与支付
6.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包含驻场人员费用、远程支持、巡检、优化人天、差旅及税费。
6.2 运维服务费按季度支付，每季度121,500元。乙方在每季度结束后提交当季运维报告和发票，甲方经审核无误后十五个工作日内支付当季费用。
6.3 本合同不设预付款。
6.4 服务器、存储设备的硬件备件及第三方原厂软件维保不在本合同范围内，由甲方另行采购；乙方应协助甲方联系原厂并跟踪处理进度。

第七条 年度验收
7.1 服务期满后，甲方按以下标准组织年度运维验收：（1）全年月度运维报告、巡检报告齐全；（2）全年未发生因乙方原因导致的数据丢失；（3）应急演练按计划完成；（4）漏洞扫描发现的高危漏洞均已在规定期限内修复；（5）运维文档已更新并移交甲方。
7.2 年度验收不合格的，乙方应在二十日内整改，整改后重新验收。年度验收结论作为第四季度运维服务费支付的依据，验收合格后甲方支付第四季度费用。

第八条 数据安全责任
8.1 系统中的展商信息、证书申办资料、企业印章信息及统计数据均属于甲方，乙方仅得为履行本合同进行必要的访问和处理，不得复制、下载或用于任何其他目的。
8.2 乙方运维人员应通过甲方堡垒机操作，实行最小权限原则，高危操作须经甲方审批并双人复核。乙方不得在个人设备上存储系统数据。
8.3 发生数据泄露、篡改、丢失或系统被入侵的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因导致数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
8.4 乙方不得将系统数据传输至境外，不得利用运维权限查询与运维工作无关的企业信息。乙方应每季度向甲方提交运维操作审计记录，配合甲方或主管部门开展数据安全检查。
8.5 乙方更换驻场人员应提前十日书面通知甲方并经甲方同意，离场人员的账号和权限应在当日注销。

第九条 知识产权
运维期间乙方为甲方编写的脚本、优化代码、报表模板及运维文档，其知识产权归甲方所有，乙方应在服务期满时一并移交。乙方不得将上述成果用于其他客户，原系统开发商的软件著作权不受本条影响。

第十条 违约责任
10.1 乙方未能按第四条约定期限完成服务交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
10.2 因乙方原因造成数据丢失或系统长时间中断，给甲方造成损失的，乙方应赔偿甲方全部损失。

第十一条 分包
乙方不得将本合同项下的运维服务全部或部分分包、转包给第三方。

第十二条 合同解除
12.1 乙方严重违反本合同约定，经甲方书面通知后十日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
12.2 乙方驻场人员连续两个月不能满足服务要求且乙方未按甲方要求更换的，视为严重违约。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。争议处理期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以争议为由中断运维服务。

第十四条 不可抗力
因不可抗力致使本合同不能履行的，受影响一方应及时通知对方，并在十日内提供证明，双方根据影响协商变更或解除合同。

第十五条 其他
15.1 服务期满或合同解除时，乙方应将全部账号口令、运维文档、备份介质和运维记录完整移交甲方或甲方指定的后续运维单位，并配合交接不少于十个工作日。
15.2 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                      乙方（盖章）：
日期：                              日期：
"""

H660Z05 = """# 软件产品许可及定制开发合同

> 瑞测软件标准合同文本（2025版）　文本编号：RC-STD-LIC-2025

**合同编号：** RC-2026-0531

**甲方（买方）：** 中山市明耀照明电器有限公司

**乙方（卖方）：** 广州瑞测软件技术有限公司

甲方拟购买乙方“瑞测老化测试追踪系统”并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，经协商一致，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“瑞测老化测试追踪系统V3.2”标准版软件许可一套，含一台服务器授权及六十个老化工位终端授权，功能包括：老化批次登记、老化架工位绑定、温度与电参数采集、老化时长计时、异常灯具自动判定、不良品追溯及老化报表。

1.2 乙方根据甲方需求进行以下定制开发：

- 老化柜电参数采集仪（甲方现有两种型号）的数据采集接口；
- 与甲方MES系统的工单、条码对接接口；
- 甲方客户要求格式的老化测试报告模板及质量月报。

1.3 软件许可为永久许可，仅限甲方在本合同约定的服务器及工位数量范围内使用。甲方增加工位或更换服务器的，应向乙方购买新增授权或重新激活授权，费用按乙方当时报价另计。

1.4 乙方负责软件安装部署、系统初始化配置及对甲方人员的使用培训。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 老化测试追踪系统V3.2标准版软件许可 | 1套 | 368,000 |
| 2 | 定制开发（采集接口、MES接口、报表模板） | 1项 | 246,000 |
| 3 | 安装部署及实施 | 1项 | 42,000 |
| 4 | 使用培训 | 1项 | 8,000 |
| | 合计 | | 664,000 |

2.1 合同总价为人民币陆拾陆万肆仟元整（¥664,000），含增值税。

2.2 上述价格不包括服务器、数据库、操作系统等第三方软硬件，由甲方自行采购并按乙方要求配置。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，计431,600元。乙方收到该款项后开始实施。

3.2 系统上线运行后十个工作日内，甲方向乙方支付合同总价的35%，计232,400元。

3.3 乙方在收到每期款项前向甲方开具相应金额的增值税专用发票。甲方付款账户须为合同签约主体账户。

3.4 甲方逾期付款的，乙方有权暂停实施直至甲方付清款项，实施期限相应顺延。

## 第四条 实施与交付

4.1 乙方在收到首期款项后九十日内完成软件部署和定制开发，具备上线条件。

4.2 甲方应按乙方要求及时提供服务器环境、网络条件、老化柜设备资料及MES接口文档，并安排专人配合，甲方对其提供资料的准确性负责。因甲方原因造成的延误，实施期限相应顺延。

4.3 乙方交付物为：软件安装程序、授权文件、用户手册。

4.4 乙方提供一次集中培训，培训对象为甲方品质部、生产部相关人员，培训时长一天，培训地点在甲方厂区。甲方人员变动需要再次培训的，按乙方人天单价收费。

4.5 甲方需求在本合同签订后发生变更的，乙方有权相应调整实施期限和费用，变更内容以双方确认的需求变更单为准。

## 第五条 验收

5.1 乙方完成部署后通知甲方上线，甲方应在接到通知后三个工作日内安排上线。系统上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后发现问题的，可在质保期内向乙方提出，由乙方按第六条处理。上线后三十日内甲方未以书面形式提出异议的，视为甲方对全部交付物无异议。

## 第六条 质保与技术支持

6.1 免费质保期为六个月，自系统上线之日起计算。质保期内乙方对软件缺陷提供免费修复。

6.2 乙方将在合理范围内尽力通过电话、远程方式为甲方提供技术支持，具体响应时间视问题情况和乙方工作安排确定。

6.3 质保期满后，甲方如需继续获得技术支持和软件升级，应与乙方签订年度维护协议，维护费按乙方届时公布的服务价格标准执行。

6.4 质保期内乙方发布的补丁程序，乙方通过远程方式为甲方安装；新版本（大版本）升级不属于免费质保范围。

6.5 因甲方擅自修改系统、操作不当或第三方软硬件原因导致的问题，不属于质保范围，乙方可提供有偿服务。

## 第七条 知识产权

7.1 本合同项下软件产品及其相关文档的著作权及其他知识产权均归乙方所有。

7.2 乙方为甲方定制开发的采集接口、MES接口、报表模板及其源代码，知识产权归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译，不得提供给第三方使用。

7.3 乙方交付的为可执行程序，不提供源代码。甲方不得对软件进行反向工程或破解授权，否则乙方有权终止许可并追究责任。

## 第八条 数据

8.1 甲方在使用系统过程中产生的老化测试数据归甲方所有。

8.2 乙方采取必要的技术措施保护甲方数据安全，远程维护须经甲方同意并使用甲方提供的账号，维护结束后立即退出。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并承担相应责任。

8.3 甲方同意，乙方可对系统运行中产生的测试数据进行匿名化处理后，用于乙方产品改进、算法优化及行业质量分析。

8.4 甲方应自行做好服务器、数据库的日常备份，因甲方未备份导致的数据丢失，乙方不承担责任。

## 第九条 保密

双方对在合作过程中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

## 第十条 违约责任

10.1 因乙方原因未能按第四条约定期限具备上线条件的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失、生产损失承担责任。

## 第十一条 合同解除

11.1 任何一方严重违约，经对方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。

11.2 甲方在系统上线前单方取消本合同的，已支付款项不予退还；乙方已完成的工作量超过已付款项的，甲方应补足差额。

11.3 合同解除的，甲方已支付的款项中与乙方已完成工作相应的部分不予退还。

## 第十二条 不可抗力

因地震、台风、洪水、火灾、政府行为、网络运营商故障等不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方，并在不可抗力消除后继续履行。不可抗力持续超过六十日的，双方可协商解除合同。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 双方联系人、联系地址以本合同首页所载为准，一方变更的应及时书面通知对方，否则按原地址送达即视为送达。

14.3 本合同附件为：《软件功能清单》《定制开发需求说明》。

14.4 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

**甲方（盖章）：**　　　　　　　　**乙方（盖章）：**

**授权代表：**　　　　　　　　　　**授权代表：**

**日期：**　　　　　　　　　　　　**日期：**
"""

H660E01 = """T:Software Licence and Services Agreement
P:Agreement No. CV-GZ-2026-014
P:This Agreement is made between Gannan Orchard Fresh Fruit Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ganzhou, Jiangxi Province (the "Buyer"), and Citrovision Sistemas S.R.L., a company incorporated in Uruguay with its principal office at Avenida Uruguay 1130, Salto, Uruguay (the "Supplier").
P:The Buyer operates three citrus packhouses and wishes to grade, label and trace its navel oranges from orchard block to export carton. The Supplier develops the PackTrace grading and traceability software, which is used by citrus packers in the Salto region and elsewhere. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the PackTrace Enterprise software in object code, version 7, including the grading console, lot and pallet tracking, label designer, export document module and reporting server, together with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, label templates, report formats, configuration scripts and any other material written by the Supplier specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into or generated by the Software at the Buyer's sites, including orchard, grower, lot, quality, customer and shipment data.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Buyer in mainland China for the Buyer's own packing operations at its three packhouses, with an unlimited number of named users.
P:2.2 The Supplier shall configure the Software for the Buyer's grading lines, develop the Custom Deliverables listed in Annex 1 (including interfaces to the optical grading machines on each line, to the Buyer's ERP system and to the customs declaration platform), migrate the Buyer's current lot records, and train the Buyer's staff.
P:2.3 The Supplier shall deliver the user interface and documentation in simplified Chinese and English.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,080,000, made up of the Licence Fee of CNY 820,000, configuration and custom development of CNY 236,000 and training of CNY 24,000. The Contract Price is fixed and includes travel, living costs of the Supplier's staff in China and all taxes payable by the Supplier, including withholding tax.
P:3.2 Any change in scope shall be agreed in a written change order before work starts. The Supplier shall price changes at the day rates in Annex 2.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 business days after signature of this Agreement and receipt of the Supplier's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price after installation of the Software at all three packhouses and completion of data migration, as confirmed in an installation certificate. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the account named by the Supplier. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall install the Software and complete configuration and the Custom Deliverables within 100 days after signature, so that the system can be used for the next harvest season.
P:5.2 After installation the parties shall run the acceptance tests described in Annex 3. The acceptance criteria are: (a) every carton label printed during a test run of 20,000 cartons can be traced back to its orchard block and grading line; (b) the grading interfaces transfer every size and colour class without loss; (c) export documents for three sample shipments match the customs platform records; (d) the system runs for 20 consecutive packing days without a Severity 1 fault.
P:5.3 When all criteria are met, the Buyer shall sign a Final Acceptance certificate within 10 business days. Use of the system in production, payment of any instalment or signature of the installation certificate does not constitute acceptance. If a test fails, the Supplier shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and Annex 1 for 18 months from Final Acceptance. During this period the Supplier shall correct defects, supply updates and new releases, and provide remote support free of charge.
P:6.2 Severity 1 means that grading, labelling or pallet tracking has stopped on any packing line. For Severity 1 faults the Supplier shall respond within 2 hours, at any time during the packing season, and restore operation or provide a workaround within 8 hours. Severity 2 faults shall receive a response within 8 business hours and a fix within 5 business days.
P:6.3 For each full hour by which the Supplier exceeds the Severity 1 response or restoration time, the Buyer may deduct CNY 600 from any amount due to the Supplier or claim it as a service credit.
P:6.4 After the warranty period the Supplier shall, at the Buyer's request, provide annual support at 9% of the Licence Fee, that is CNY 73,800 per year, fixed for the first three years after the warranty period. Support is ordered by the Buyer each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier and its licensors. Nothing in this Agreement transfers ownership of the Software to the Buyer.
P:7.2 All rights in the Custom Deliverables belong to the Buyer from the moment they are created. The Supplier shall hand over their source code with Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Supplier shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party and shall pay any damages and costs awarded.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:8.2 The Supplier shall access the Buyer's systems only through the remote access gateway provided by the Buyer, with individual accounts and multi-factor authentication, and only after the Buyer approves each session. The Supplier shall not transfer Buyer Data out of mainland China.
P:8.3 The Supplier shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 12 hours, cooperate in its investigation and remedy it at its own cost. The Supplier is liable for all losses caused by a security incident attributable to it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including grower lists, prices, customer and shipment information and the Supplier's product roadmap, and shall use it only for this Agreement.
P:9.2 These obligations continue for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to complete installation or to achieve Final Acceptance by the dates in Article 5 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims under Article 7.3, breach of Articles 8 or 9, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of its obligations without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature and continues until the end of the warranty period; the licence in Article 2.1 is perpetual and survives.
P:12.2 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under Article 10.1 reach their maximum. On such termination the Supplier shall refund the amounts paid for work that has not been accepted.
P:12.3 The Supplier may terminate this Agreement if the Buyer fails to pay an undisputed amount within 60 days after a written reminder.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of the Oriental Republic of Uruguay.
P:13.2 Any dispute arising out of or in connection with this Agreement shall first be discussed by senior managers of both parties. If it is not resolved within 30 days, it shall be submitted to the competent courts of the city of Salto, Uruguay.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.
P:14.2 This Agreement is written in English and Chinese. Both versions have equal effect.
P:14.3 Annexes: Annex 1 Functional Specification and Custom Deliverables; Annex 2 Day Rates; Annex 3 Acceptance Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Name and title:                        Name and title:
P:Date:                                  Date:
"""

H660E02 = """# ORDER FORM AND GENERAL TERMS

**Rutalac Software S.A.** - RouteCold Delivery Cloud

Order Form No. RC-CN-2026-031

## PART A - ORDER FORM

### A1. Parties

- **Provider:** Rutalac Software S.A., Calle 18 de Julio 1242, Paysandú, Uruguay.
- **Customer:** Baotou Northern Pasture Dairy Distribution Co., Ltd., Baotou, Inner Mongolia, People's Republic of China.

### A2. Services

RouteCold Delivery Cloud, a software-as-a-service platform for cold-chain delivery route planning, driver mobile application with electronic proof of delivery, vehicle temperature log import, and delivery performance dashboards. Subscriptions are sold per named driver seat. The Customer orders 140 driver seats and 25 dispatcher accounts (dispatcher accounts are included at no charge).

Onboarding services: configuration of the Customer's three depots, import of customer delivery points and time windows, an interface to the Customer's order management system, an interface to the Customer's vehicle temperature recorders, and training of dispatchers and drivers.

### A3. Subscription Term

The Subscription Term is two Subscription Years. Subscription Year 1 starts on the date of Go-Live Acceptance under B3 and Subscription Year 2 starts on its first anniversary. Target Go-Live date: 75 days after signature of this Order Form.

### A4. Fees

| Item | Unit price (CNY) | Quantity | Amount per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|---|
| Driver seat subscription | 1,450 per seat per year | 140 | 203,000 | 406,000 |
| Dispatcher accounts | included | 25 | 0 | 0 |
| Onboarding services (one-time) | fixed | 1 | - | 58,000 |
| **Total Contract Value** | | | | **464,000** |

All fees are in CNY and include VAT. Fees are fixed for the Subscription Term.

### A5. Invoicing and Payment

- Onboarding fee: invoiced on the date of Go-Live Acceptance, payable within 30 days of invoice.
- Subscription fees: invoiced annually at the start of each Subscription Year, payable within 30 days of invoice.
- No amount is payable before Go-Live Acceptance.

### A6. Special Terms

- Service levels: Part B, Section 5. Hosting region: Alibaba Cloud, Beijing region, mainland China.
- This Order Form and Part B form the entire agreement. If they conflict, this Order Form prevails.
- This Order Form ends at the end of Subscription Year 2. Any renewal requires a new Order Form signed by both parties.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted by or for the Customer to the Services, including delivery points, consignee names and telephone numbers, orders, routes, photographs, signatures and temperature records.

1.2 "Customer Deliverables" means the interfaces, report layouts and configuration created by the Provider specifically for the Customer during onboarding.

1.3 "Incident" means an unplanned interruption or degradation of the Services.

### 2. Access and Use

2.1 During the Subscription Term the Provider grants the Customer a non-exclusive right to access and use the Services for its internal business purposes through the number of seats ordered.

2.2 The Customer is responsible for its users' accounts and shall not resell the Services.

2.3 The Customer may add seats at any time at the unit price in A4, pro rata for the remainder of the Subscription Year.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall complete onboarding by the target Go-Live date in A3.

3.2 Go-Live Acceptance requires that (a) routes for all three depots are generated for five consecutive working days with no order left unassigned, (b) every order from the order management system appears in the Services within 5 minutes, (c) temperature records from every registered vehicle are imported and matched to deliveries, and (d) the drivers' application captures signature, photograph and time stamp for every delivery during a pilot week.

3.3 The Customer shall confirm Go-Live Acceptance in writing within 7 business days after the Provider shows that the criteria are met, or list the failed criteria. Use of the Services during the pilot week is not acceptance.

3.4 If Go-Live Acceptance is delayed beyond the target Go-Live date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay, up to CNY 24,000.

### 4. Fees and Taxes

4.1 Fees are payable as set out in A5.

4.2 Each party bears its own taxes, except that the Provider's fees include VAT.

### 5. Service Levels

5.1 The Provider shall make the Services available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 00:00 and 05:00 Beijing time.

5.2 Incident priorities and response:

| Priority | Description | Response time | Restoration target |
|---|---|---|---|
| P1 | Route planning or driver application unavailable for any depot | 1 hour, 24 x 7 | 6 hours |
| P2 | Material function impaired, workaround exists | 3 business hours after notification, business days | 2 business days |
| P3 | Questions and minor defects | 1 business day | Next release |

5.3 Service credits: for each 0.1 percentage point by which monthly availability falls below the commitment in 5.1, the Customer receives a credit of 5% of one month's subscription fee, up to 50%. For each P1 Incident not restored within its target, the Customer receives an additional credit of CNY 1,500. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

5.4 The Provider shall publish a monthly service report on availability, incidents and credits.

### 6. Customer Deliverables

6.1 Customer Deliverables belong to the Customer. The Provider shall deliver the source code of the interfaces at Go-Live Acceptance, and the Customer may use, modify and have them maintained by third parties.

6.2 The Services and the Provider's underlying software remain the Provider's property.

### 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Services, under the Customer's instructions and in compliance with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

7.2 The Provider shall store Customer Data only in the hosting region stated in A6, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least 180 days and back it up daily.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take remedial measures at its own cost and compensate the Customer for losses caused by an incident attributable to the Provider.

7.4 The Customer grants the Provider a perpetual licence to use Customer Data in aggregated and de-identified form to compile industry delivery benchmarks, improve its routing algorithms and develop new products, also after the end of the Subscription Term.

7.5 Within 30 days after the end of the Subscription Term the Provider shall return Customer Data in a standard format and then delete it, except as permitted by 7.4.

### 8. Confidentiality

8.1 Each party shall protect the other party's Confidential Information with at least reasonable care and use it only for this agreement. Confidential Information includes the Customer's customer lists, prices and delivery volumes and the Provider's product plans.

8.2 These obligations last for three years after the end of the Subscription Term.

### 9. Warranties

9.1 The Provider warrants that the Services will perform materially in accordance with the documentation and that it will not materially reduce their functionality during the Subscription Term.

### 10. Sub-processors and Subcontractors

10.1 The Provider may engage subcontractors and sub-processors, including its hosting provider and its implementation partner in Beijing, to perform any part of the Services. The Provider shall inform the Customer of any new subcontractor by e-mail at least 15 days before it starts work, and remains responsible for its subcontractors.

### 11. Limitation of Liability

11.1 Except for breach of Section 8, infringement claims and wilful misconduct, the Provider's total liability arising out of this agreement is limited to the fees paid by the Customer in the 6 months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss or loss of profit.

### 12. Term and Termination

12.1 This agreement runs for the Subscription Term.

12.2 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving notice of the breach. If the Customer terminates under this section, the Provider shall refund prepaid fees for the remaining part of the Subscription Term.

12.3 Either party may terminate immediately if the other becomes insolvent.

### 13. Governing Law and Disputes

13.1 This agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitral award is final and binding on both parties.

### 14. General

14.1 Neither party may assign this agreement without the other's written consent, except to a successor of its whole business.

14.2 Notices shall be given in writing to the addresses in A1, with a copy by e-mail.

**Signed for the Provider:** ____________________  **Signed for the Customer:** ____________________

Name / Title / Date: ____________________  Name / Title / Date: ____________________
"""

H660E03 = """T:Supply and Licence Contract for Cold-Store Temperature Monitoring Equipment
P:Contract No. JN-CS-2026-0207
P:Buyer: Guangzhou Jiangnan Fresh Fruit Cold Chain Co., Ltd., Baiyun District, Guangzhou, People's Republic of China.
P:Supplier: Frigosense S.A., Avenida Sarandí 655, Rivera, Uruguay.
P:This Contract is made on the Buyer's standard form for equipment purchases. The Buyer operates a cold-store complex of 14 chambers for imported fruit and wishes to replace manual temperature rounds with continuous wireless monitoring and alarm handling.
H:1. Definitions and Documents
P:1.1 "Equipment" means the wireless temperature and humidity sensors, door sensors, gateways and accessories listed in Clause 2.
P:1.2 "Software" means the ColdWatch monitoring software, including the alarm engine, dashboard, audit trail and report module, licensed under Clause 3.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's site.
P:1.4 "Project Deliverables" means the chamber layouts, alarm rules, report templates, the interface to the Buyer's warehouse management system and all other material prepared by the Supplier specifically for the Buyer, including source code and configuration files.
P:1.5 The Contract consists of this document, Annex A (Technical Specification), Annex B (Installation Plan) and Annex C (Acceptance Test Procedure). If they conflict, this document prevails.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System and train the Buyer's staff. The price breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP65, calibrated|420|1,180|495,600
TB:2|LoRa gateway with battery backup|36|6,400|230,400
TB:3|ColdWatch monitoring software, perpetual site licence|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,044,000
TB:4|Installation, configuration and commissioning|1|86,000|86,000
TB:5|Training of operators and administrators|1|14,000|14,000
TB:|Contract Price (VAT and import duties included)|||1,144,000
P:2.2 The Contract Price is fixed and includes delivery DDP to the Buyer's site, customs clearance, import duties, VAT, installation materials and the travel costs of the Supplier's engineers.
P:2.3 Each sensor shall be supplied with a calibration certificate traceable to a national metrology institute, with an accuracy of plus or minus 0.3 degrees Celsius between minus 30 and plus 10 degrees Celsius.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's cold-store site, on servers owned by the Buyer, for an unlimited number of users and for any number of sensors supplied under this Contract or later.
P:3.2 The Software shall run on the Buyer's servers in the Buyer's own data room. No cloud service outside the Buyer's premises is part of the System.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price, CNY 114,400, within 15 business days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 Delivery payment: 55% of the Contract Price, CNY 629,200, after delivery and installation of all Equipment, confirmed by the Buyer's signature of the installation record. The installation record confirms quantities only and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price, CNY 400,400, within 20 business days after Final Acceptance under Clause 6.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's site within 60 days after signature and complete installation and configuration within 30 days after delivery.
P:5.2 The Supplier shall install the sensors chamber by chamber, so that no more than two chambers are without monitoring at any time, and shall agree each day's work with the Buyer's warehouse manager.
P:5.3 The Supplier's staff shall comply with the Buyer's site safety rules, including the rules for work inside chambers at low temperature.
P:5.4 The Supplier shall train six operators and two administrators of the Buyer in Chinese, in two sessions at the Buyer's site, covering alarm handling, sensor replacement, report generation and user administration, and shall hand over operating and maintenance manuals in Chinese and English.
H:6. Acceptance
P:6.1 Final Acceptance requires that: (a) every sensor reports to the Software at intervals of no more than 2 minutes for 14 consecutive days, with no more than 0.5% of expected readings missing per sensor; (b) every sensor reading agrees with a calibrated reference thermometer within the accuracy stated in Clause 2.3 at three test points; (c) alarms for high temperature, door left open and sensor offline reach the duty operator by text message and dashboard within 60 seconds; (d) the audit trail and temperature reports meet the format in Annex C; and (e) stock movements from the warehouse management system are linked to chamber temperature histories.
P:6.2 The Buyer shall sign the Final Acceptance certificate within 10 business days after all criteria are met. Installation, use of the System or payment of any instalment does not constitute acceptance. If a criterion is not met, the Supplier shall correct the defect at its own cost and the test shall be repeated.
H:7. Warranty and After-Sales Support
P:7.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, correct Software defects, provide new Software versions and recalibrate all sensors once a year.
P:7.2 The Supplier shall keep a stock of spare sensors and one spare gateway at the Buyer's site, replenished at its own cost during the warranty period.
P:7.3 Critical faults are faults that leave a chamber without monitoring or stop alarm delivery. The Supplier shall respond to a critical fault within 1 hour, by telephone or remote session, at any time, and restore monitoring within 8 hours, if necessary by installing a spare sensor or gateway through its local engineer. Other faults shall receive a response within one business day.
P:7.4 For each full hour by which the Supplier misses the response or restoration time for a critical fault, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount payable.
P:7.5 After the warranty period, the Supplier shall offer annual support, including recalibration, spare parts and software updates, at 7% of the Hardware and Licence Subtotal per year, that is CNY 73,080 per year. This fee shall not increase during the three years after the warranty period. Support is ordered year by year by purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software and the firmware in the Equipment remain the property of the Supplier.
P:8.2 The Project Deliverables belong to the Buyer. The Supplier shall deliver the source code and configuration files with Final Acceptance, and the Buyer may use, modify and license them freely, including through other contractors.
H:9. Data Security
P:9.1 All temperature records, alarm records, stock data and other data generated or held by the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 Remote access by the Supplier requires the Buyer's approval for each session, shall use the Buyer's VPN with individual accounts, and shall be logged. The Supplier shall not copy Buyer data to its own systems or transfer it outside mainland China.
P:9.3 The Supplier shall ensure that the Equipment and Software contain no hidden access paths or malicious code, shall notify the Buyer of any security incident within 12 hours, shall help to contain and remedy it, and is liable for losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's site layout, stock levels, customers and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Contract.
H:11. Delay and Liability
P:11.1 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work, including cabling and installation, without the Buyer's prior written consent. The Supplier remains responsible for the acts of any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under Clause 11.1 reach their maximum.
P:13.2 On termination the Supplier shall refund payments for Equipment and services that have not passed acceptance, and the Buyer may keep the System in use until a replacement is installed.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou in accordance with its rules. The award is final and binding.
H:15. General
P:15.1 This Contract is made in English and Chinese; both versions are equally authentic.
P:15.2 Force majeure events excuse delay only if notified to the other party within 5 days with evidence.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________             Date: ____________________
"""

H660E04 = """# MANAGED CLOUD OPERATIONS SERVICES AGREEMENT

Agreement reference: ND-WF-MS-2026-05

**Customer:** Weifang Golden Furrow Agricultural Machinery Co., Ltd., Weifang, Shandong Province, People's Republic of China

**Provider:** Norte Digital Servicios S.A., Calle 25 de Mayo 410, Tacuarembó, Uruguay

## Background

The Customer runs its ERP system, dealer portal and spare-parts e-commerce shop on Alibaba Cloud in the Qingdao region. The Customer wants an external provider to operate this environment around the clock. The Provider runs a network operations centre in Tacuarembó and works with engineers in Qingdao. The parties agree as follows.

## Section 1. Definitions

1.1 "Managed Environment" means the cloud accounts, virtual servers, databases, load balancers, storage, backup vaults and network components listed in Schedule 1.

1.2 "Services" means the managed operations services described in Section 2 and Schedule 1.

1.3 "Service Commencement Date" means the date on which the Customer accepts the Transition under Section 3.

1.4 "Customer Data" means all data stored in or processed through the Managed Environment, including ERP, dealer, customer, order and payment records, and all logs and configuration data relating to it.

## Section 2. Services

2.1 From the Service Commencement Date the Provider shall operate the Managed Environment 24 hours a day, 7 days a week, including monitoring, incident management, patching, capacity management, backup and restore, security event review and change management, as described in Schedule 1.

2.2 The Provider shall assign a named service manager who speaks Chinese, hold a monthly service review with the Customer, and provide a monthly report on availability, incidents, changes, backups and security events.

2.3 The Provider shall follow the Customer's change approval process. No change to the production environment may be made without an approved change record, except emergency changes to restore service, which shall be recorded within one business day.

## Section 3. Transition

3.1 The Provider shall carry out the Transition in Schedule 3, taking over the Managed Environment from the Customer's internal team. The target Service Commencement Date is 45 days after signature.

3.2 The Customer shall accept the Transition when the acceptance criteria in Schedule 3 are met. The Customer shall confirm acceptance or list the unmet criteria in writing within 5 business days after the Provider's notice of readiness. Running the Services before acceptance is not acceptance.

3.3 Until the Service Commencement Date the Customer's internal team remains responsible for the Managed Environment.

## Section 4. Term

4.1 The Services shall be provided for 36 months from the Service Commencement Date (the "Term").

4.2 This Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 1: a one-time Transition Charge and a fixed Monthly Service Charge. The charges are fixed for the Term.

5.2 The Transition Charge is invoiced after the Customer accepts the Transition. The Monthly Service Charges are invoiced quarterly in arrears. The Customer shall pay each correct invoice within 30 days of receipt.

5.3 No advance payment is due under this Agreement.

## Section 6. Service Levels

6.1 The Provider shall meet the service levels in Schedule 2. Service credits are calculated monthly and deducted from the next invoice.

6.2 Availability is measured by the Provider's monitoring tools and checked by the Customer's own probes. Time lost through failures of the cloud platform itself is excluded only if the Provider has followed the agreed high-availability design.

## Section 7. Intellectual Property

7.1 Runbooks, scripts, infrastructure templates, monitoring rules, dashboards and documentation prepared by the Provider for the Customer belong to the Customer, which may use, modify and give them to any other provider.

7.2 The Provider keeps its own tools and know-how that existed before this Agreement, and grants the Customer a free licence to use any of them embedded in the deliverables.

## Section 8. Data Security

8.1 Customer Data belongs to the Customer. The Provider shall access and process Customer Data only to perform the Services and shall not copy, retain or use it for any other purpose.

8.2 The Provider shall access the Managed Environment only through the Customer's bastion host with named accounts and multi-factor authentication. Customer Data shall remain in mainland China; staff in Uruguay may view monitoring data and operate systems through the bastion host but shall not download Customer Data.

8.3 The Provider shall maintain ISO 27001 certification for its operations centre, apply least-privilege access, and review privileged access with the Customer every quarter.

8.4 The Provider shall notify the Customer of any security incident affecting the Managed Environment or Customer Data within 2 hours of detection, contain it, support the Customer's investigation and reporting to authorities, and bear all losses caused by an incident attributable to the Provider.

## Section 9. Confidentiality

9.1 Each party shall keep confidential all non-public information received from the other party, in particular credentials, architecture diagrams, security reports, dealer and price information, and use it only for this Agreement.

9.2 This obligation continues for five years after the end of the Term.

## Section 10. Personnel and Subcontracting

10.1 The Provider shall staff the Services with qualified engineers and shall replace any engineer on the Customer's reasonable request.

10.2 The Provider may not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## Section 11. Liability

11.1 Each party's total liability under this Agreement is limited to 200% of the total charges payable over the Term. The limit does not apply to breach of Sections 8 or 9, personal injury or wilful misconduct.

11.2 Neither party is liable for loss of profit or indirect loss, except in case of breach of Section 8.

## Section 12. End of Agreement

12.1 This Agreement ends at the expiry of the Term. The Customer's remedies for service level failures are the service credits in Schedule 2, which are its sole and exclusive remedy for such failures.

12.2 Either party may end this Agreement with immediate effect if the other party becomes insolvent or ceases business.

12.3 At the end of the Agreement the Provider shall provide exit assistance for up to 60 days at no extra charge, hand over all credentials, documentation and deliverables, and delete any copies of Customer Data in its possession.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.

## Section 14. General

14.1 Neither party is liable for failures caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. The Provider's disaster recovery obligations in Schedule 1 are not suspended by force majeure affecting only its operations centre.

14.2 This Agreement is signed in English and Chinese; both texts have equal force.

## Schedule 1 - Services and Charges

| Service element | Scope | Charge (CNY) |
|---|---|---|
| Transition (one-time) | Discovery, documentation, monitoring set-up, access migration, runbooks, parallel run | 72,000 |
| Monitoring and incident management | 24 x 7 for 64 virtual servers, 9 database instances, load balancers and network | included in Monthly Service Charge |
| Patching and vulnerability remediation | Monthly operating system and database patches; critical patches within 72 hours | included |
| Backup and restore | Daily backups, monthly restore test, quarterly disaster recovery test to the Shanghai region | included |
| Security event review | Review of cloud security centre alerts and logs, escalation to the Customer | included |
| Monthly Service Charge | All recurring services above | 46,500 per month x 36 months = 1,674,000 |
| **Total charges over the Term** | | **1,746,000** |

## Schedule 2 - Service Levels and Service Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of the ERP system and dealer portal (monthly) | at least 99.98% | 5% of the Monthly Service Charge for each 0.02 percentage point below target, up to 25% |
| P1 incident (ERP, portal or shop down, or data at risk): response | 15 minutes, 24 x 7 | CNY 1,000 per late incident |
| P1 incident: restoration or workaround | 2 hours | CNY 2,000 per hour beyond target |
| P2 incident (major function impaired): response | 1 hour | CNY 500 per late incident |
| Backup success rate (monthly) | all scheduled backups completed or re-run within 24 hours | 3% of the Monthly Service Charge |
| Critical security patch applied | within 72 hours of release | 2% of the Monthly Service Charge per late patch |

## Schedule 3 - Transition Plan and Acceptance Criteria

| Step | Deliverable | Acceptance criterion |
|---|---|---|
| 1. Discovery | Inventory of the Managed Environment | Inventory matches the cloud console for every resource |
| 2. Access migration | Named accounts on the bastion host | All Provider access through the bastion host, shared accounts closed |
| 3. Monitoring | Monitoring and alerting for every component | Test alerts for every component reach the operations centre within 2 minutes |
| 4. Runbooks | Runbooks for the 25 most frequent tasks | Approved by the Customer's IT manager |
| 5. Backup and recovery | Backup policies and a restore test | Successful restore of the ERP database to a test instance |
| 6. Parallel run | 14 days of joint operation | No P1 incident caused by the Provider during the parallel run |

Signed for the Customer: ____________________   Signed for the Provider: ____________________

Date: ____________________                     Date: ____________________
"""

H660E05 = """DATA SUBSCRIPTION AGREEMENT
SOUTH AMERICAN CROP, WEATHER AND PORT DATA API

Agreement No. ADE-DL-2026-09

PARTIES

Provider: AgroDatos del Este S.A., Avenida Roosevelt, Parada 14, Maldonado, Uruguay.
Customer: Dalian Haigang Grain and Oilseeds Trading Co., Ltd., Dalian, Liaoning Province, People's Republic of China.

BACKGROUND

The Customer imports soybeans and corn from Brazil, Argentina, Uruguay and Paraguay. The Provider compiles crop condition, field weather, planting and harvest progress, farm-gate price and port line-up data for these countries and delivers it through an application programming interface (API) and web dashboards. The Customer wishes to feed this data into its trading and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Services" means access to the Provider's data sets listed in Schedule A through the API, bulk file downloads and the web dashboards.
1.2 "Subscription Year" means each period of one year starting on the Activation Date or on an anniversary of it.
1.3 "Activation Date" means the date on which the Provider issues production API credentials to the Customer after Integration Acceptance under clause 4.
1.4 "Customer Data" means all information the Customer submits to the Data Services, including user details, watch lists, position files uploaded for exposure alerts, query history and API logs relating to the Customer.
1.5 "Connectors" means the software components the Provider builds for the Customer to load the data into the Customer's trading system and data warehouse.

2. SUBSCRIPTION AND TERM

2.1 The Provider grants the Customer, for the Term, a non-exclusive, non-transferable right to use the Data Services and the data obtained from them for the internal business of the Customer and its subsidiaries in mainland China, by up to 40 named users and 6 system accounts.
2.2 The initial Term is two Subscription Years from the Activation Date.
2.3 The Customer shall not resell or publish the data as such, but may share extracts and derived figures with its banks, auditors, insurers and regulators, and may show them to its trading counterparties in the normal course of business.
2.4 The Provider may improve the data sets during the Term. It shall not remove a data set listed in Schedule A or reduce its coverage or frequency without the Customer's written agreement, and shall give at least 60 days' notice of any change to the API format, keeping the previous version running during that period.
2.5 The Customer may keep and continue to use data downloaded during the Term for internal purposes after the Term ends.

3. FEES AND PAYMENT

3.1 The fees are:
(a) subscription fee: CNY 268,000 for each Subscription Year, CNY 536,000 for the initial Term;
(b) integration services for the Connectors: a one-time fee of CNY 36,000.
The total fee for the initial Term is CNY 572,000, including VAT.
3.2 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days.
3.3 The Customer pays nothing before Integration Acceptance.
3.4 API calls above the monthly allowance in Schedule A are charged at the overage rate in Schedule A, invoiced quarterly in arrears.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 40 days after signature the Provider shall build the Connectors, provide a test environment and support the Customer's integration testing.
4.2 Integration Acceptance requires that: (a) all data sets in Schedule A are loaded by the Connectors into the Customer's data warehouse for 10 consecutive business days; (b) daily data sets arrive by 08:00 Beijing time on each business day; (c) a reconciliation of 500 sample records against the dashboards shows no differences; and (d) the Connectors recover automatically from an interrupted transfer.
4.3 The Customer shall confirm Integration Acceptance in writing within 5 business days after all criteria are met, or state which criteria are not met. Use of test data is not acceptance.
4.4 If the Activation Date is later than 50 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay as liquidated damages, up to CNY 30,000.

5. SERVICE LEVELS

5.1 The API and dashboards shall be available at least 99.95% of each calendar month, excluding scheduled maintenance of no more than 6 hours per month notified 3 days in advance.
5.2 Daily data sets shall be published by 07:00 Beijing time on each business day.
5.3 Support: a Priority 1 incident (the API unavailable, or daily data sets missing or corrupted) receives a response within 8 business hours after the Customer's report, during the Provider's support hours of 08:00 to 18:00 Montevideo time on business days. Lower-priority requests receive a response within two business days.
5.4 Service credits: for each month in which availability falls below the level in 5.1, the Customer receives a credit of 5% of one month's share of the annual subscription fee for each full percentage point of shortfall or part of it. For each business day on which daily data sets are published more than 3 hours late, the Customer receives a credit of CNY 500. Credits are deducted from the next invoice.

6. DATA QUALITY AND WARRANTIES

6.1 The Provider shall compile the data with professional care from the sources described in Schedule A, correct errors promptly once detected, and publish a correction notice.
6.2 The Provider shall keep a methodology note for each data set up to date in the dashboards and answer the Customer's questions about sources and methods within five business days.
6.3 The Provider does not warrant that the data are complete or free from errors or that forecasts will prove correct. The Customer is responsible for its trading decisions.

7. INTELLECTUAL PROPERTY

7.1 The data sets, the dashboards and the API remain the property of the Provider and its licensors.
7.2 The Connectors, including their source code, belong to the Customer, which may use, modify and maintain them freely or through third parties. The Provider shall deliver the source code at Integration Acceptance.
7.3 Analyses, reports and models created by the Customer using the data belong to the Customer.

8. CUSTOMER DATA

8.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data Services to the Customer and shall not use it for any other purpose, sell it, or combine it with data of other customers.
8.2 At the end of the Term the Provider shall return Customer Data on request and then delete it.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's watch lists, positions and trading interests and the Provider's methods and prices, and shall use it only for this Agreement.
9.2 The Customer shall keep its API credentials confidential and shall not share them outside its group.
9.3 These obligations continue for three years after the end of this Agreement.

10. RENEWAL

10.1 After the initial Term this Agreement renews automatically for successive periods of one Subscription Year, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.
10.2 The subscription fee for each renewal period is the Provider's list price in force at the start of that period, which the Provider may set at its discretion and shall notify to the Customer at least 75 days before the renewal.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the building or support of the Connectors or the operation of the Data Services to a third party without the Customer's prior written consent. Data sources listed in Schedule A are not subcontractors.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total fee for the initial Term stated in clause 3.1, except for breach of clauses 8 and 9, infringement of intellectual property and wilful misconduct.
12.2 Neither party is liable for loss of profit, trading losses or indirect loss.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the subscription fee for the unused part of the Subscription Year.
13.2 Either party may terminate immediately if the other party becomes insolvent.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

15. GENERAL

15.1 Force majeure excuses a party's delay only while the event lasts and if the party notifies the other promptly.
15.2 This Agreement is made in English. A Chinese translation is for reference.

SCHEDULE A - DATA SETS AND ALLOWANCE

Crop condition and yield estimates by state and province (weekly); field weather and 15-day forecasts (daily); planting and harvest progress (weekly); farm-gate and port prices for soybeans and corn (daily); port line-ups and vessel nominations for Santos, Paranagua, Rosario and Nueva Palmira (daily). Monthly API allowance: 2,000,000 calls. Overage rate: CNY 20 per additional 10,000 calls.

SIGNATURES

For the Provider: ____________________    For the Customer: ____________________
Name and title: ______________________    Name and title: ______________________
Date: ________________________________    Date: ________________________________
"""

FILES = {  # key: (file name, format)
    "h660z01": ("h660z01_party_history_archive_digitisation_platform.pdf", "pdf"),
    "h660z02": ("h660z02_plywood_hot_press_control_retrofit.docx", "docx"),
    "h660z03": ("h660z03_bowling_chain_booking_membership_saas.txt", "txt"),
    "h660z04": ("h660z04_trade_council_expo_certification_om.txt", "txt"),
    "h660z05": ("h660z05_lamp_factory_aging_test_software_supplier_template.md", "md"),
    "h660e01": ("h660e01_citrus_packhouse_traceability_licence_salto_vendor.pdf", "pdf"),
    "h660e02": ("h660e02_dairy_route_planning_saas_order_form.md", "md"),
    "h660e03": ("h660e03_cold_store_sensors_monitoring_licence.docx", "docx"),
    "h660e04": ("h660e04_managed_cloud_operations_36_months.md", "md"),
    "h660e05": ("h660e05_crop_weather_data_api_subscription.txt", "txt"),
}
SOURCES = {"h660z01": H660Z01, "h660z02": H660Z02, "h660z03": H660Z03, "h660z04": H660Z04, "h660z05": H660Z05,
           "h660e01": H660E01, "h660e02": H660E02, "h660e03": H660E03, "h660e04": H660E04, "h660e05": H660E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"


def t(av, p1, rem, ip, dsc, bod, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsc, bod, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law, kind]))


# (category, terms, extra, tco (base, fee per year, warranty months) or None, foreign forum, design rules)
LABELS = {
    "h660z01": ("software",
                t(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1412000),
                (760000, 60800, 24), False, []),
    "h660z02": ("hardware",
                t(None, 1, True, "buyer", True, True, True, 0.08, 150, 25, True, True, 18, 28, False, True, True,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1054000),
                (964000, 269920, 18), False, ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h660z03": ("cloud",
                t(99.5, 0.5, True, "buyer", True, True, True, 0.08, None, None, True, None, None, None, True, True,
                  False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=686000),
                None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h660z04": ("services",
                t(99.95, 0.5, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True,
                  False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
                None, False, ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    "h660z05": ("software",
                t(None, None, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True,
                  None, None, G),
                dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=664000),
                None, False, ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                              "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                              "CR-WARRANTY"]),
    "h660e01": ("software",
                t(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 9, False, True, False,
                  "Uruguay", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1080000),
                (820000, 73800, 18), True, ["CR-GOVERNING-LAW"]),
    "h660e02": ("cloud",
                t(99.95, 1, True, "buyer", True, False, True, 400 / 464000 * 100, 6 / 24 * 100, None, True, None, None,
                  None, False, True, True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=464000),
                None, False, ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h660e03": ("hardware",
                t(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 7, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1144000),
                (1044000, 73080, 24), False, []),
    "h660e04": ("services",
                t(99.98, 0.25, True, "buyer", True, True, True, None, 200, None, True, None, None, None, False, False,
                  False, "PRC", S),
                dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=1746000),
                None, False, ["CR-LD-MISSING", "CR-TERMINATION"]),
    "h660e05": ("cloud",
                t(99.95, 8, True, "buyer", False, True, True, 600 / 572000 * 100, 150, None, True, None, None, None,
                  True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=572000),
                None, False, ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-RESPONSE"]),
}

# Price and payment sums stated in the texts
SUMS = [
    (760000 + 538000 + 96000 + 18000, 1412000), (282400 + 635400 + 494200, 1412000),
    (486000 + 214000 + 96000 + 168000, 964000), (964000 + 78000 + 12000, 1054000), (263500 * 2 + 527000, 1054000),
    (round(964000 * 0.28), 269920),
    (30 * 9600, 288000), (288000 * 2 + 94000 + 16000, 686000),
    (121500 * 4, 486000),
    (368000 + 246000 + 42000 + 8000, 664000), (431600 + 232400, 664000), (round(664000 * 0.65), 431600),
    (820000 + 236000 + 24000, 1080000), (round(820000 * 0.09), 73800),
    (140 * 1450, 203000), (203000 * 2 + 58000, 464000),
    (420 * 1180, 495600), (36 * 6400, 230400), (495600 + 230400 + 318000, 1044000), (1044000 + 86000 + 14000, 1144000),
    (114400 + 629200 + 400400, 1144000), (round(1144000 * 0.55), 629200), (round(1044000 * 0.07), 73080),
    (46500 * 36, 1674000), (1674000 + 72000, 1746000),
    (268000 * 2, 536000), (536000 + 36000, 572000),
]

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"h660z01": "low", "h660z02": "high", "h660z03": "medium", "h660z04": "medium", "h660z05": "high",
        "h660e01": "low", "h660e02": "medium", "h660e03": "low", "h660e04": "high", "h660e05": "high"}
# policy thresholds: availability 99.9, P1 4 h, LD 0.05 %/day, cap 100 %, prepayment 30 %, warranty 12 months,
# post-warranty fee 15 %, TCO share 40 %
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(value, tco):
    base, fee, wm = tco
    years = 5 - wm / 12
    post = fee * years
    return post / (value + post) * 100


def derive(terms, extra, tco, foreign_forum):
    """My reading of policy §3 (with its section "Where rules apply, and how clauses are read")."""
    r = set()
    goods = terms["contract_kind"] == G
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:
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
    if goods:
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (terms["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or terms["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if tco is not None and tco_share(extra["contract_value"], tco) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if terms["governing_law"] not in (None, "PRC") or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---- threshold scan -------------------------------------------------------------------------------------------
PCT = r"(?:%|％|\s*percent|\s*per\s*cent)"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.90*(?!\d)",                                   # availability 99.9
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?!十)", r"千分之零点五", r"0\.5\s*‰",  # LD 0.05 %/day
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*" + PCT,            # prepayment / fee / TCO / cap
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
    r"\b(?:thirty|fifteen|forty|one\s*hundred)\s*(?:percent|per\s*cent)",
    r"(?<![\d.,])4\s*(?:-\s*)?(?:business\s*|working\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)",  # P1 4 hours
    r"\bfour\s*(?:-\s*)?(?:\(4\)\s*)?(?:business\s*|working\s*)?hours?", r"(?<![十一二三四五六七八九两])四\s*个?小时",
    r"(?<![\d.,])12\s*(?:-\s*)?(?:calendar\s*)?(?:months?|个月)", r"\btwelve\s*(?:-\s*)?(?:\(12\)\s*)?months?",
    r"十二个月", r"(?<![\d.,])1\s*(?:-\s*)?years?\s*warranty", r"(?:质保期|保修期)(?:为)?一年",
]]
MUST_HIT = ["30%", "30 %", "30.0%", "thirty per cent", "百分之三十", "99.9%", "99.90%", "0.05%", "万分之五", "4小时",
            "4 hours", "4 business hours", "four hours", "四小时", "四个小时", "12个月", "12 months", "twelve (12) months",
            "十二个月", "15%", "40%", "100%", "100 percent", "1 year warranty", "质保期为一年"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "0.5%", "24小时", "二十四小时", "24 hours", "14 hours", "130%", "3.15%",
             "150%", "115%", "百分之三十五", "2026年12月", "18 months", "24 months", "1,500", "万分之五十"]


def hits(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def readback(path):
    kind = path.suffix[1:]
    if kind in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for a, b in SUMS:
        assert a == b, (a, b)
    for s in MUST_HIT:
        assert hits(s), s
    for s in MUST_MISS:
        assert not hits(s), (s, hits(s))

    for key, (name, kind) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)

    covered = set()
    for key, (name, kind) in FILES.items():
        text = readback(OUT / name)
        zh = key[4] == "z"
        n = len(re.sub(r"\s", "", text)) if zh else len(text.split())
        lo, hi = (2750, 3000) if zh else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not hits(variant), (name, hits(variant))
        category, terms, extra, tco, foreign, design = LABELS[key]
        for k, thr in THRESH.items():
            assert terms[k] is None or terms[k] != thr, (name, k)
        share = None
        if tco is not None:
            share = tco_share(extra["contract_value"], tco)
            assert not 38 <= share <= 42, (name, share)
            assert terms["post_warranty_fee_pct"] == round(tco[1] / tco[0] * 100, 6), name
        if terms["contract_kind"] == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra and terms["final_payment_on_acceptance"] is None
        rules = derive(terms, extra, tco, foreign)
        assert rules == sorted(design), (name, rules, design)
        sev = {SEVERITY[r] for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[key], (name, risk)
        covered |= set(rules)
        label = {"file": name, "language": "zh" if zh else "en", "category": category, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                        encoding="utf-8")
        print("%-66s %5d %s %-6s %s%s" % (name, n, "chars" if zh else "words", risk, ", ".join(rules) or "(none)",
                                          "" if share is None else "  TCO share %.2f %%" % share))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
