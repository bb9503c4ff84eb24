"""holdout718: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the brief's checks (lengths, no threshold value or figure, design rules vs. rules derived from the labels, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""T:滨川市关心下一代工作委员会关爱帮扶台账管理平台采购合同
P:合同编号：BCGGW-ZC-2027-011    采购项目编号：BCZC2027-0386（公开招标）
P:甲方（采购人）：滨川市关心下一代工作委员会办公室
P:乙方（供应商）：湖湘数联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就甲方采购关爱帮扶台账管理平台软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供关爱帮扶台账管理平台标准软件永久使用许可一套，不限用户数，覆盖市、县区、乡镇街道三级关工委及村（社区）关工小组，并完成定制开发、部署实施和培训。
P:1.2 定制开发内容包括：困境青少年帮扶对象建档与动态管理模块；老干部、老战士、老专家、老教师、老模范志愿者队伍及结对帮扶记录模块；助学金、慰问金发放台账及审批流程；关爱活动报名、签到与图文纪实模块；与市民政局儿童福利信息系统、市教育局学籍管理系统的数据接口；市级领导驾驶舱及统计报表（不少于三十六张）。
P:1.3 平台部署于甲方指定的市电子政务云，乙方负责安装、配置、数据初始化和历史台账导入（约六万八千条记录），并提供手机端轻应用，方便基层工作人员入户走访时现场登记。
P:1.4 乙方应对市、县两级管理员和乡镇街道录入人员分批开展培训，培训不少于六场，并提供操作视频和简明操作手册。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾捌万陆仟元整（¥1,286,000），其中：平台软件许可费¥520,000；定制开发费¥566,000；部署实施及数据导入费¥148,000；培训费¥52,000。
P:2.2 上述价款为固定总价，已包含乙方履行本合同所需的软件、开发、差旅、税费等全部费用，甲方不再另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十个工作日内，甲方支付合同总价的20%作为预付款，计¥257,200。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，计¥578,700。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥450,100。
P:3.4 甲方按照国库集中支付的有关规定办理付款；乙方应在每期付款前开具合法有效的发票。
H:第四条 实施进度与甲方义务
P:4.1 乙方应于合同签订后二十个工作日内完成需求调研并提交需求规格说明书，经甲方书面确认后实施。
P:4.2 乙方应于合同签订后九十日内完成全部定制开发和部署，具备初步验收条件；初步验收通过后进入试运行，试运行期为六十日。
P:4.3 甲方应指定项目联系人，及时提供业务资料、历史台账和政务云资源，并协调民政、教育部门配合接口联调。
P:4.4 乙方应派驻具有同类项目经验的项目经理，项目实施期间未经甲方同意不得更换；乙方应每两周向甲方书面报告实施进度和存在的问题。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现并逐项测试通过；历史台账导入后与甲方提供的原始数据逐条核对一致；与民政、教育系统的接口连续十个工作日数据交换无差错；在三百个并发用户条件下，常用页面响应时间不超过两秒，统计报表生成时间不超过八秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；平台已通过第三方机构网络安全等级保护测评（第二级）；乙方已交付全部源代码、数据库设计文档、接口文档、用户手册及运维手册；甲方组织的专家评审意见为合格。
P:5.3 验收由甲方组织，乙方配合，验收结论以书面验收报告为准。平台上线运行、甲方使用或付款均不视为验收合格。未通过验收的，乙方应在十日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证及售后服务
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内，乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 服务水平：质保期内平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）；一级故障（平台整体不可用或帮扶数据无法录入、查询）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应，次一工作日内解决；三级问题在下一版本中解决。
P:6.3 乙方未达到上述响应或恢复时限的，每超时一小时，甲方可从应付款项中扣减¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,000。
P:6.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年¥41,600），该价格在质保期满后三年内保持不变，由双方另行签订维护合同，维护合同不自动续期。
H:第七条 知识产权
P:7.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的模块、接口程序、报表模板及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，因侵权引起的纠纷和损失由乙方承担。
H:第八条 数据安全
P:8.1 平台中的帮扶对象信息、志愿者信息、资金发放记录及其他业务数据均属于甲方所有，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及未成年人个人信息保护的有关规定，对涉及未成年人的敏感信息采取加密存储、脱敏展示和最小权限访问措施；乙方运维人员须经甲方审批，通过堡垒机访问平台，操作全程留痕。
P:8.3 乙方不得将甲方数据复制、下载至甲方环境以外的任何介质或系统。发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施。
P:8.4 因乙方原因造成数据安全事件的，乙方应承担全部责任，赔偿甲方因此遭受的损失，包括监管处罚、通知受影响人员及补救所产生的费用。
H:第九条 违约责任
P:9.1 乙方未按第四条约定期限完成交付或具备验收条件的，每逾期一日，应按合同总价的万分之八向甲方支付违约金。
P:9.2 乙方交付的平台经两次验收仍不合格的，乙方应继续整改直至验收合格，并承担甲方因此增加的评审、测评等费用。
P:9.3 乙方违反第八条约定的，除承担第8.4款所列责任外，还应按合同总价的百分之五向甲方支付违约金。
P:9.4 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十条 分包
P:10.1 乙方不得将本项目转包，亦不得将本项目的任何部分分包给第三方。
H:第十一条 争议解决
P:11.1 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十二条 其他
P:12.1 本合同自双方签字盖章之日起生效。招标文件、投标文件、中标通知书及经双方确认的需求规格说明书为本合同组成部分。
P:12.2 本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等法律效力。
P:12.3 本合同一式六份，甲方四份，乙方两份，具有同等法律效力。
P:甲方（盖章）：滨川市关心下一代工作委员会办公室    乙方（盖章）：湖湘数联信息技术有限公司
P:签订日期：2027年3月16日
"""

Z02 = r"""T:保温饭盒冲压焊接生产线控制系统改造及维保合同
P:合同编号：JXBW-SB-2027-027
P:甲方（买方）：金溪康膳保温器皿有限公司
P:乙方（卖方）：常州恒控自动化工程有限公司
P:甲方为提高不锈钢保温饭盒内胆冲压、拉伸及焊接工序的稳定性和良品率，委托乙方对其二号车间冲压焊接生产线的控制系统进行改造，并在质保期满后提供维保服务。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责二号车间冲压焊接生产线（含四台冲压机、两台拉伸机、三台焊接机器人及一条输送线）的控制系统改造，包括设备供货、控制程序编制、安装调试、停线切换、人员培训及质保期内服务。
P:1.2 改造后生产线应实现冲压、拉伸、焊接工序联动控制，工艺参数集中下发，内胆焊缝在线视觉检测，产量、良品率、设备状态实时采集，并可在车间看板及甲方管理人员手机端查看。
P:1.3 设备及软件的规格、配置以本合同附件一《技术规格书》为准。
P:1.4 乙方应编制改造实施方案和停线切换方案，经甲方确认后实施；切换期间乙方应安排不少于六名工程师驻场，确保按期恢复生产。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），含税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|冲压线PLC控制系统改造（控制柜、伺服驱动、安全光栅）|1套|386,000
TB:2|焊接机器人控制器及示教系统升级|3台|452,000
TB:3|内胆焊缝在线视觉检测工位|2个|218,000
TB:4|产线监控与数据采集软件许可（永久）|1套|164,000
TB:—|设备及软件小计|—|1,220,000
TB:5|安装调试及停线切换|1项|136,000
TB:6|操作及维护培训|1项|24,000
TB:—|合计|—|1,380,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训及税费，甲方无需另行支付任何费用。
P:2.3 本合同履行期间，如甲方要求增加工位或变更功能，双方另行协商签订补充协议。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，计¥138,000。
P:3.2 全部设备到货并安装完毕，甲方签收到货单后，甲方支付合同总价的55%，计¥759,000。到货签收仅确认数量和外观，不构成质量验收。
P:3.3 生产线通过最终验收后，甲方支付合同总价的35%，计¥483,000。
P:3.4 乙方在每期付款前应向甲方开具合法有效的增值税专用发票，甲方在收到发票后十五个工作日内付款。
H:第四条 交付与安装
P:4.1 乙方应于合同生效后七十五日内完成全部设备到货，并利用甲方安排的停产窗口完成安装和切换，停线时间累计不得超过九日。
P:4.2 甲方负责提供现场电源、压缩空气及必要的配合人员；乙方应遵守甲方车间安全生产管理制度。
P:4.3 乙方应在切换前完成控制程序的离线仿真测试，切换失败时应按回退方案在八小时内恢复原控制系统运行，由此产生的费用由乙方承担。
P:4.4 乙方应对甲方电工及设备维护人员进行不少于三期的操作与维护培训，使其能够独立完成日常点检、参数调整及一般故障处理，并提交培训签到表和考核记录。
H:第五条 验收
P:5.1 验收标准：各工序联动动作符合技术规格书；冲压节拍达到每分钟二十二件；视觉检测对焊缝缺陷的检出率不低于技术规格书约定值，误判率低于百分之二；工艺参数下发与数据采集准确无误；生产线连续满负荷运行十五个工作日，无因控制系统原因导致的停线。
P:5.2 甲方在乙方书面提交验收申请后七日内组织验收，验收合格的签署最终验收证书。设备安装、试生产或甲方付款均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
P:5.3 验收时乙方应提交竣工资料，包括电气图纸、程序备份、设备合格证、调试记录及操作维护手册。
H:第六条 质保与维保
P:6.1 质保期为自最终验收合格之日起二十四个月，质保期内乙方免费维修或更换故障部件，并免费提供控制程序的缺陷修复。
P:6.2 故障响应：一级故障（整线停机）乙方应在30分钟内电话响应，3小时内到达现场；二级故障（单台设备停机）2小时内响应，次日内到场；三级问题在双方商定的时间内处理。乙方应尽力在最短时间内恢复生产。
P:6.3 质保期满后，乙方提供维保服务，维保年费为设备及软件小计的7%，即每年¥85,400，质保期满后三个服务年度内不作调整。维保内容包括每季度一次预防性巡检、故障维修及备件更换（易损件除外）。维保合同每个服务年度另行签订，不自动续期。
P:6.4 质保期内同一部件累计故障三次以上的，乙方应免费更换同型号新品，并相应延长该部件的质保期。
P:6.5 乙方应在本地常备冲压线及焊接机器人控制系统的关键备件，备件清单见附件三。
H:第七条 知识产权
P:7.1 乙方为本项目编制的PLC控制程序、机器人焊接程序、视觉检测算法参数、配方文件及其源程序和说明文档，知识产权归甲方所有，甲方可自行或委托他人修改和使用。
P:7.2 监控软件本身的知识产权归乙方或其许可方所有，甲方享有永久使用权。
H:第八条 数据安全
P:8.1 生产线产生的工艺参数、产量、质量及设备运行数据归甲方所有，乙方仅可为履行本合同使用。
P:8.2 乙方远程维护须经甲方逐次授权，通过甲方提供的安全通道接入，不得在控制网络中安装未经甲方同意的软件或设备；乙方应采取防病毒和访问控制措施，保障控制系统与数据的安全。
P:8.3 发生数据泄露或控制系统被入侵等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:8.4 乙方交付的控制程序不得含有任何后门、远程锁机或使用时间限制功能。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方技术资料、工艺配方及商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在本合同终止后继续有效三年。
P:9.2 乙方应要求其参与本项目的人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，应按合同总价的万分之六向甲方支付违约金。
P:10.2 设备或软件不符合约定的，乙方应负责更换或修复，并赔偿甲方因此造成的停产损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.4 乙方人员在甲方现场作业期间违反安全生产规定造成人身伤害或财产损失的，由乙方承担全部责任。
H:第十一条 分包
P:11.1 乙方可将电气布线、控制柜安装等辅助工作分包给具有相应资质的第三方，但应提前五个工作日书面通知甲方，并对分包方的工作质量和安全承担责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交抚州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件一《技术规格书》、附件二《停线切换方案》、附件三《备件清单》为本合同组成部分。
P:14.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方根据不可抗力的影响部分或全部免除责任。
P:甲方（盖章）：金溪康膳保温器皿有限公司    乙方（盖章）：常州恒控自动化工程有限公司
"""

Z03 = r"""声悦播音主持连锁培训门店预约及会员管理系统（SaaS）服务合同

合同编号：SY-IT-2027-0415
甲方：湖南声悦播音主持艺术培训有限公司
乙方：杭州课栈云科技有限公司

鉴于甲方在长沙、株洲、湘潭等地经营四十家播音主持及少儿口才培训门店，需要统一的课程预约、排课、会员储值及家校沟通系统，乙方同意以软件即服务（SaaS）方式向甲方提供“课栈云”门店管理系统并完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方四十家门店开通“课栈云”系统，包括课程预约与排课、教室及主讲老师管理、会员储值与课时消耗、试听转化、家长端微信小程序、门店经营报表等功能。
2. 服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，至次年对应日的前一日止；第二个服务年度紧随其后。
3. 门店数量在服务期内增加的，新增门店按本合同单价按剩余服务天数折算计费。
（二）实施服务
1. 乙方负责系统配置、四十家门店的课程体系与价格体系录入、原有会员及剩余课时数据迁移、甲方品牌小程序页面定制及与甲方财务系统的收款对账接口开发。
2. 乙方应于合同签订后四十五日内完成实施，具备上线验收条件。
3. 乙方应为每家门店的店长和前台人员提供培训，培训采用集中授课与门店跟班相结合的方式，并提供操作视频。
4. 迁移范围包括近三个学期的上课记录和家长沟通记录。
（三）运维及升级
1. 服务期内乙方负责系统运维、版本升级及安全补丁，升级不得影响甲方已有数据和配置，重大版本升级应提前七日通知甲方。
2. 乙方应为甲方指定专属客户成功经理，每月提交服务报告，内容包括可用率、故障处理情况及系统使用分析。
（四）甲方的配合义务
1. 甲方应指定项目负责人，提供门店清单、课程与价格体系及原系统数据导出文件。
2. 甲方应组织门店人员参加培训，并对其账号、密码的使用负责。

二、费用及支付
（一）费用构成
1. 订阅服务费：每家门店每个服务年度¥6,800，四十家门店每个服务年度合计¥272,000，两个服务年度合计¥544,000。
2. 实施服务费：¥86,000（含数据迁移、小程序页面定制及对账接口开发）。
3. 培训费：¥18,000。
4. 合同总价：¥648,000（含税）。
（二）支付方式
1. 实施服务费及培训费合计¥104,000，在上线验收合格后十个工作日内支付。
2. 第一个服务年度订阅服务费¥272,000，在上线验收合格后十个工作日内支付；第二个服务年度订阅服务费¥272,000，在第二个服务年度开始后十个工作日内支付。
3. 乙方应在收款前开具合法有效的增值税发票。
4. 服务期内订阅服务单价固定不变。

三、上线验收
（一）验收标准
1. 合同约定功能全部可用，四十家门店账号、课程及价格配置与甲方确认的清单一致。
2. 会员信息、储值余额及剩余课时迁移后，与甲方原系统导出数据逐条核对一致。
3. 小程序预约、支付、课时扣减及对账接口在三家试点门店连续运行十日无差错。
4. 高峰时段（周末上午）三千名家长同时在线预约时，页面响应时间不超过两秒。
（二）验收程序
1. 乙方书面提出验收申请后，甲方在五个工作日内组织验收，验收合格的签署上线验收单。
2. 系统开通或甲方试用不视为验收合格。验收不合格的，乙方应在七日内整改并重新申请验收。
（三）上线后三十日为稳定期，稳定期内发现的迁移数据差错，乙方应在发现后两个工作日内免费更正。

四、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，每月第一个周二零点至三点的计划维护除外。
（二）故障分级及响应：一级故障（系统整体不可用、无法预约或支付）乙方应在1小时内响应，3小时内恢复；二级故障（单项功能不可用）2小时内响应，当日恢复；其他问题下一工作日内答复。
（三）服务抵扣：月度可用率低于承诺值的，每低0.1个百分点，抵扣当月对应订阅服务费的5%；一级故障未按时恢复的，每超时一小时抵扣¥500。抵扣金额从下期应付款中扣除，服务期最后一期从尾款中扣除。
（四）乙方应提供7×24小时故障受理电话和在线工单渠道。

五、数据
（一）甲方录入及系统产生的学员、家长、会员、课程、收支等数据归甲方所有，甲方可随时导出。
（二）甲方同意乙方在对上述数据进行脱敏和汇总处理后，将其用于行业经营分析、产品改进及乙方面向其他客户的行业报告，该使用不以本合同终止为限。
（三）数据安全：乙方应将甲方数据存储于中国境内的云服务器，采取加密传输与存储、访问权限控制、操作日志留存等措施，系统须通过网络安全等级保护第二级测评；发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在返还后删除其系统中的甲方数据（第（二）项所述脱敏汇总数据除外）。
（五）乙方人员仅可在处理甲方服务请求时经授权访问甲方数据，不得擅自查询、复制或下载。

六、知识产权
（一）“课栈云”系统及其升级版本的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、对账接口程序及专用报表的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人维护。
（三）乙方保证系统及其定制内容不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。

七、保密
双方对履行本合同过程中知悉的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得披露，本义务在合同终止后继续有效。

八、违约责任
（一）乙方未按期完成实施、具备上线验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同数据安全约定的，应赔偿甲方全部损失。
（三）除故意、重大过失及违反数据安全约定外，乙方在本合同项下的累计赔偿责任以合同总价的两倍为限。
（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

九、续期
服务期满前三十日内，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，可依此类推。续期服务费按续期开始时乙方公布的标准价格执行，乙方有权据此调整单价，甲方不得以此为由拒绝续期付款。

十、合同解除
（一）一方严重违反本合同，经对方书面催告后十五日内仍未改正的，守约方有权书面通知解除本合同。
（二）甲方因乙方违约解除合同的，乙方应按剩余服务天数退还已付订阅服务费。
（三）合同解除或终止的，乙方应配合甲方完成数据迁出，迁出期间系统继续保持只读访问。

十一、分包
乙方不得将本合同项下的实施服务或运维服务转包，未经甲方书面同意亦不得分包。

十二、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。

十三、其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同附件包括附件一《功能清单》、附件二《门店清单》、附件三《数据迁移方案》，附件与本合同具有同等效力。本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：湖南声悦播音主持艺术培训有限公司
乙方（盖章）：杭州课栈云科技有限公司
日期：2027年4月8日
"""

Z04 = r"""雷山县苗医医院医院信息系统（HIS）运维服务合同

合同编号：LSMY-XX-2027-003
甲方（委托方）：雷山县苗医医院
乙方（服务方）：贵州黔云智医信息技术有限公司

为保障甲方医院信息系统（HIS）及相关子系统安全、稳定、连续运行，甲方委托乙方提供年度运维服务。根据《中华人民共和国民法典》及相关法律法规，双方经平等协商，订立本合同。

第一条 服务范围
（一）运维对象：甲方HIS系统（门诊挂号收费、住院管理、医嘱、药房药库、苗医药特色诊疗模块）、电子病历系统、LIS与PACS接口、医保结算接口，以及上述系统所依托的数据库和应用服务器。
（二）服务内容：日常监控与巡检；故障诊断与处理；数据库维护、备份检查与恢复演练；医保及卫健平台接口变更适配；系统参数及字典维护；用户权限管理；应急演练；信息科人员培训。
（三）乙方派驻两名运维工程师在甲方信息科驻场，工作时间为每日八时至十八时；夜间及节假日由乙方远程值守，驻场工程师电话待命。
（四）乙方应建立运维工单系统，甲方各科室报修统一经信息科派单，乙方对每张工单记录受理时间、处理过程和关闭时间，并可供甲方随时查询。
（五）苗医药特色诊疗模块中的苗药处方字典、苗医病名及诊疗规范等内容的调整，由甲方医务科提出，乙方负责维护实施，不得擅自修改。
（六）乙方应每半年对信息科人员进行一次系统运维培训，培训内容包括数据库日常检查、备份核验和常见故障处理。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自行终止，不自动续期；甲方如需继续委托，双方另行签订合同。

第三条 服务费用
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），含税，其中：驻场运维服务费¥312,000；远程支持与季度巡检费¥96,000；接口维护费¥54,000；应急演练与培训费¥24,000。
（二）服务期内上述费用固定不变，乙方不得以人员成本上涨等理由要求增加费用。
（三）本合同不设预付款。服务费按季度结算，每季度¥121,500，在当季服务考核合格后十五个工作日内支付；考核扣减金额从当季服务费中扣除。
（四）乙方应在每次收款前开具合法有效的增值税发票。

第四条 服务启动与交接
（一）乙方应于2027年1月1日前完成与原运维单位的交接，包括系统架构、账号权限、运维文档、未关闭工单及备份策略的清点确认。
（二）交接完成的标准：运维文档清单经甲方信息科签字确认；全部系统管理员账号完成变更；乙方完成一次全量备份恢复测试并提交报告。交接确认单经双方签字后服务正式启动。
（三）服务期满或合同解除时，乙方应按本条同样的要求向甲方或甲方指定的新运维单位完成交接，交接期间不得中断服务。

第五条 服务水平
（一）HIS核心业务（挂号、收费、医嘱、住院结算）月度可用率不低于99.95%，经甲方批准的计划停机除外。
（二）故障分级：一级故障指核心业务中断或影响全院业务；二级故障指单一科室或单一子系统不可用；三级故障指不影响业务连续性的一般问题。
（三）一级故障驻场工程师应在15分钟内响应，30分钟内到达机房或故障科室，2小时内恢复业务；二级故障30分钟内响应，8小时内解决；三级故障在两个工作日内解决。
（四）乙方每月提交运维报告，内容包括可用率统计、故障清单及处理结果、巡检发现问题及整改情况。
（五）重大节假日、医保系统切换及等级评审期间，乙方应增派人员现场保障，不另收费。

第六条 考核与验收
（一）季度考核标准：达到第五条约定的可用率和响应时限；巡检按计划完成且记录完整；每季度完成一次备份恢复演练并成功恢复；工单按时关闭；当季无因乙方原因导致的数据丢失。
（二）甲方在每季度结束后十个工作日内组织考核，考核合格的签署季度服务验收单。服务期满后，甲方结合四个季度考核结果和运维文档移交情况进行年度终验。
（三）考核不合格的，乙方应在十日内完成整改，整改期间当季服务费暂缓支付。
（四）年度终验标准：四个季度考核均合格或整改合格；全部运维文档、脚本及账号清单已移交甲方；无未关闭的一级、二级工单。

第七条 服务扣减
（一）月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥2,000。
（二）一级故障响应、到场或恢复超时的，每超时半小时扣减¥1,000；二级故障超时的，每超时一小时扣减¥300。
（三）驻场工程师无故缺岗的，每人每日扣减¥800。

第八条 数据安全
（一）HIS及相关系统中的患者信息、诊疗记录、费用数据及其他业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的。
（二）乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》和医疗卫生机构网络安全管理的有关规定；乙方人员仅可通过甲方堡垒机操作，严禁将患者数据拷贝至外部介质或传至院外，远程运维须经甲方逐次授权。
（三）发生数据泄露、篡改、丢失或勒索病毒等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成安全事件的，乙方承担全部责任，赔偿甲方因此遭受的损失，包括行政处罚、患者索赔及数据恢复费用。
（四）乙方驻场及远程运维人员名单应报甲方备案，人员变更须提前十日书面通知甲方并完成交接；乙方人员离岗时应注销其全部账号。
（五）乙方应配合甲方完成网络安全等级保护测评及卫健部门的安全检查，对检查发现的运维相关问题及时整改。

第九条 保密
双方对履行本合同过程中知悉的对方非公开信息负有保密义务；乙方应与驻场人员签订保密协议。保密义务不因本合同终止而解除。乙方不得在任何宣传材料中使用甲方的患者案例或系统截图。

第十条 知识产权
乙方在服务期内为甲方编写的脚本、接口适配程序、运维文档和应急预案，知识产权归甲方所有，乙方应在服务期满时完整移交。

第十一条 违约责任
（一）乙方未按第四条约定按期完成交接、启动服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第八条约定的，除赔偿损失外，甲方有权单方解除本合同。
（三）甲方无正当理由逾期支付服务费的，每逾期一日按逾期金额的万分之三支付违约金。
（四）乙方驻场工程师在甲方场所违反医院管理制度造成损失的，由乙方承担赔偿责任。

第十二条 合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。

第十三条 分包
乙方不得将本合同项下的任何服务转包或分包给第三方。

第十四条 适用法律及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同自双方签字盖章之日起生效，一式四份，甲乙双方各执两份。附件一《运维服务清单》、附件二《交接确认单》为本合同组成部分。本合同未尽事宜，双方协商签订补充协议，补充协议与本合同具有同等法律效力。

甲方（盖章）：雷山县苗医医院
乙方（盖章）：贵州黔云智医信息技术有限公司
签订日期：2026年12月18日
"""

Z05 = r"""# 匠釉珐琅烧成追溯系统软件许可及定制开发合同

> 匠釉合同范本 V1.6（乙方标准文本）

合同编号：JY-HT-2027-0092

甲方（买方）：北京京韵珐琅工艺品有限公司

乙方（卖方）：苏州匠釉智造软件有限公司

甲方拟在其掐丝珐琅生产车间建设点蓝、烧蓝、磨光、镀金全工序追溯系统，乙方向甲方提供匠釉珐琅烧成追溯系统软件许可并进行定制开发。双方根据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠釉珐琅烧成追溯系统（标准版）软件许可一套，含工单管理、工序报工、釉料批次管理、窑炉烧成记录、成品质检及一物一码追溯模块，许可点数为六十个车间终端。

1.2 乙方根据甲方需求进行定制开发，内容包括：与甲方六台电窑温控仪表的数据对接，自动采集每窑次烧成曲线；釉料配方与色板管理；工艺大师作品档案及证书生成；面向经销商的防伪查询页面。

1.3 乙方负责系统安装部署、基础数据初始化及操作人员培训。

1.4 乙方提供的标准软件以乙方产品说明书所载功能为准，说明书未载明的功能不属于本合同范围。甲方在需求确认后提出的新增需求，乙方可另行报价。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰零玖万元整（¥1,090,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠釉珐琅烧成追溯系统软件许可（标准版，六十终端） | 860,000 |
| 2 | 定制开发（窑炉温控对接、釉料配方管理、作品档案、防伪查询） | 168,000 |
| 3 | 安装部署、数据初始化及培训 | 62,000 |
| | 合计 | 1,090,000 |

2.2 上述价款不包括甲方自行采购的服务器、扫码终端、标签打印机及网络设备，该等设备由甲方自备。

2.3 合同价款为含税价，如遇国家税率调整，按调整后的税率相应调整合同价款。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，计¥708,500。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，计¥381,500。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停履行本合同项下的全部义务直至甲方付清款项。

3.4 乙方收款后开具增值税普通发票；甲方要求开具专用发票的，应提前书面告知开票信息。

## 第四条 交付与上线

4.1 乙方应在收到第3.1条款项后七十日内完成软件安装和定制开发，并通知甲方上线。

4.2 甲方应在乙方通知后三日内提供上线所需的服务器环境、网络和人员配合；因甲方原因不能按期上线的，交付期限相应顺延，乙方不承担责任。

4.3 甲方应指定专人负责需求确认，需求确认书经甲方签字后不得变更；甲方变更需求的，乙方有权调整交付期限并另行收费。

4.4 定制开发需求以双方签字确认的需求确认书为准，需求确认书作为本合同附件。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线运行后提出的问题，按第六条约定的维护服务处理，不影响验收结论和付款。

5.3 甲方如需乙方出具书面文件，乙方可在上线后出具上线确认单，由甲方签字盖章。

## 第六条 免费维护期与维护服务

6.1 免费维护期为系统上线之日起六个月。免费维护期内，乙方提供远程技术支持和软件缺陷修复，乙方在接到甲方问题后将尽快安排技术人员处理。

6.2 免费维护期满后，甲方应向乙方购买年度维护服务，维护服务费每个服务年度按软件许可费的24%收取，即每年¥206,400，每个服务年度开始前一次付清。

6.3 甲方未购买维护服务的，乙方不再提供任何技术支持、补丁及升级，由此造成的系统问题由甲方自行承担。

6.4 因甲方擅自修改系统、操作不当或使用非乙方认可的硬件导致的故障，不属于维护范围，乙方可另行收费。

6.5 乙方的远程技术支持时间为工作日九时至十七时，节假日不提供支持。现场服务需甲方另行申请，差旅费用由甲方承担。

6.6 软件版本升级由乙方统一发布，甲方应配合安装；乙方不保证升级后的版本与甲方定制内容兼容，兼容性调整另行收费。

## 第七条 知识产权

7.1 本系统及乙方为本项目定制开发的全部程序、接口、页面、报表模板及其源代码、技术文档的知识产权均归乙方所有。

7.2 甲方仅获得在其自有工厂内使用上述软件的非独占、不可转让的使用权，不得修改、反编译或许可第三方使用；乙方不向甲方交付定制部分的源代码。

7.3 乙方有权将本项目定制开发成果纳入其标准产品，向其他客户提供。

7.4 甲方使用本系统时不得删除或修改软件中的乙方版权标识。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的生产、工艺、釉料配方、作品档案及经销商数据归甲方所有，乙方仅可为履行本合同之目的使用。

8.2 乙方提供远程支持时须经甲方授权并使用甲方提供的账号，采取加密传输和访问控制措施，不得复制、留存甲方数据。

8.3 因乙方原因造成甲方数据泄露、丢失或被篡改的，乙方应在知悉后24小时内通知甲方并采取补救措施，并赔偿甲方因此遭受的直接损失。

8.4 合同终止后，乙方应配合甲方导出系统中的数据，导出服务按乙方当时的人工费标准另行收费。

## 第九条 保密

9.1 双方对在合作过程中获悉的对方技术信息、工艺配方和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。

9.2 乙方有权在宣传材料及客户名单中使用甲方名称作为成功案例。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的2%。

10.2 乙方支付违约金后，仍应继续履行交付义务。

10.3 任何一方违反本合同约定给对方造成损失的，应依法承担赔偿责任。

10.4 乙方对甲方的间接损失、利润损失及商誉损失不承担责任。

## 第十一条 合同的解除

11.1 任何一方严重违反本合同，经守约方书面通知后二十日内仍未纠正的，守约方有权解除本合同。

11.2 甲方解除合同的，乙方已交付的软件及已完成的定制开发工作量仍应按合同价格结算。

11.3 合同解除后，甲方应停止使用乙方软件并删除全部安装副本，已付款项不予退还。

## 第十二条 不可抗力

12.1 因地震、火灾、疫情、政府行为等不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方并提供证明。

12.2 不可抗力持续超过六十日的，任何一方可以书面通知对方终止本合同。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同为乙方标准文本，未尽事宜以乙方产品说明书及报价单为准。

14.2 本合同自双方盖章之日起生效，一式两份，双方各执一份，具有同等法律效力。

14.3 本合同的附件包括需求确认书、报价单和产品说明书，附件与本合同正文不一致的，以乙方产品说明书为准。

甲方（盖章）：北京京韵珐琅工艺品有限公司

乙方（盖章）：苏州匠釉智造软件有限公司

签订日期：2027年5月20日
"""

E01 = r"""T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MAS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 12 April 2027 between Hangzhou Xilan Tea Industry Co., Ltd., a company incorporated in the People's Republic of China with its registered office at Xihu District, Hangzhou, Zhejiang Province (the "Customer"), and Mulembe Agritech Systems Limited, a company incorporated in the Republic of Kenya with its principal office on Canon Awori Street, Kakamega, Kenya (the "Vendor").
P:The Customer operates a tea blending and packing plant in Hangzhou. The Vendor develops LeafTrace, a software system that records leaf intake, grading, withering, fermentation, drying, blending and lot genealogy. The Customer wishes to acquire a perpetual licence to LeafTrace and to engage the Vendor to implement it at the plant. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the LeafTrace application in the version current at the Effective Date, including the intake, grading, processing, blending, laboratory and lot-tracing modules, together with Updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other work product created by the Vendor specifically for the Customer under Article 3, together with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 6.
P:1.4 "Contract Price" means the total price stated in Article 4.1.
P:1.5 "Customer Data" means all data entered into, generated by or stored in the Software in the course of the Customer's business.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Customer's Hangzhou plant and any other facility of the Customer or its affiliates in the People's Republic of China, for up to 120 named users and 24 shop-floor terminals.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence fee is a one-time fee; no further licence fee is payable for the permitted scope.
P:2.3 The Software remains the property of the Vendor and its licensors. Nothing in this Agreement transfers ownership of the Software to the Customer.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services (the "Services"): (a) process workshops and a written solution design; (b) installation of the Software on the Customer's servers; (c) configuration of grading standards, processing stages and blending rules; (d) interfaces with the Customer's ERP system, its laboratory moisture and colour analysers and its label printers; (e) migration of open lots and three seasons of historic lot records from the Customer's spreadsheets and legacy database; and (f) training of key users, supervisors and administrators.
P:3.2 The Vendor shall deliver the Services in accordance with the project plan attached as Annex 2. The Software shall be ready for User Acceptance Testing no later than 90 days after the Effective Date, and Final Acceptance shall be achieved no later than 150 days after the Effective Date, unless the Customer causes the delay.
P:3.3 The Vendor shall appoint a project manager with at least three comparable implementations, who shall attend the plant during workshops, go-live and the first fortnight of production use.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,735,000, inclusive of applicable taxes, made up of: Software licence fee CNY 980,000; implementation and interfaces CNY 486,000; data migration CNY 172,000; and training CNY 97,000.
P:4.2 The Contract Price shall be paid as follows: (a) 20% (CNY 347,000) within 20 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% (CNY 780,750) within 20 days after the Customer signs the User Acceptance Testing report; and (c) 35% (CNY 607,250) within 20 days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the Vendor's account named in its invoice.
H:Article 5 Delay
P:5.1 If the Vendor fails to make the Software ready for User Acceptance Testing, or fails to achieve Final Acceptance, by the dates in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay.
P:5.2 Liquidated damages under this Article shall not exceed 8% of the Contract Price in total. Payment of liquidated damages does not release the Vendor from its obligation to complete the Services.
H:Article 6 Acceptance
P:6.1 User Acceptance Testing shall be carried out by the Customer with the Vendor's support against the test scripts agreed in the solution design. The Software passes User Acceptance Testing when every test script is executed without a Severity 1 or Severity 2 defect open.
P:6.2 Final Acceptance criteria are: (a) migrated lot records reconcile in full with the source records, including weights and grades; (b) a complete lot genealogy from leaf intake to finished carton can be produced for any lot in less than ten seconds; (c) the ERP and analyser interfaces run for 20 consecutive production days without data loss; and (d) no Severity 1 defect occurs during that period.
P:6.3 When the criteria are met, the Customer shall sign the Final Acceptance Certificate within ten working days. Go-live, production use of the Software or payment of any instalment does not amount to acceptance. If the criteria are not met, the Vendor shall correct the defects at its own cost and the tests shall be repeated.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide Updates and provide remote and, where needed, on-site support free of charge.
P:7.2 Support requests are classified as Severity 1 (the intake or blending process cannot be recorded, or lot tracing is unavailable), Severity 2 (a module is impaired but a workaround exists) and Severity 3 (other issues). The Vendor shall respond to Severity 1 requests within one (1) hour and restore operation within eight hours; Severity 2 requests within two hours during business hours; Severity 3 requests within two business days.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response or restoration time, the Customer shall receive a service credit of CNY 1,000, deducted from the next amount payable or paid on request.
P:7.4 After the Warranty Period the Customer may order annual support at a fee of 9% of the Software licence fee, that is CNY 88,200 per year. This fee is fixed for the three support years following the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Custom Deliverables, including their source code, belong to the Customer upon creation. The Customer may use, modify, copy and license them freely, including to third-party service providers. The Vendor shall deliver their source code and build instructions at Final Acceptance.
P:8.2 The Vendor warrants that the Software and the Custom Deliverables do not infringe the intellectual property rights of any third party.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and shall not use it for any other purpose or disclose it to any third party.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall not copy Customer Data outside the Customer's environment, and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within twelve hours and shall take all reasonable remedial steps. The Vendor is liable for all losses caused by an incident attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation survives for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for infringement under Article 8.2, breach of Article 9 or Article 10, fraud, or death or personal injury.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice describing the breach.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Kenya.
P:14.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within 30 days shall be referred to arbitration at the Nairobi Centre for International Arbitration under its rules. The seat of arbitration is Nairobi.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Software Specification), Annex 2 (Project Plan) and Annex 3 (Support Terms), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = r"""# ORDER FORM AND GENERAL TERMS — TIDEDESK PORT-CALL PLATFORM

Order Form No. SDM-OF-2027-031

## PART A — ORDER FORM

### A1. Parties

**Customer:** Ningbo Haichen Shipping Agency Co., Ltd., Room 1806, Building 3, Jiangbei District, Ningbo, Zhejiang Province, People's Republic of China.

**Provider:** Shela Digital Marine Limited, Harambee Avenue, Lamu Town, Lamu County, Republic of Kenya.

### A2. Service

TideDesk, the Provider's hosted port-call management platform, in its Enterprise edition, for the Customer's ship-agency operations in Ningbo-Zhoushan, Shanghai and Qingdao. The subscription covers 180 named users, the port-call workflow, disbursement accounts, husbandry requests, crew-change tracking, document exchange with principals, and the reporting module. Onboarding covers configuration of the Customer's three branches, import of open port calls and the principal and vendor master data, two interfaces (to the Customer's finance system and to its e-mail gateway), and training.

### A3. Subscription Term

Two Subscription Years. The first Subscription Year begins on the Go-Live Acceptance Date and each Subscription Year ends on the day before the anniversary of the date on which it began.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 180 named users, Enterprise edition | 318,000 |
| Subscription, Subscription Year 2 | 180 named users, Enterprise edition | 318,000 |
| Onboarding services | one-time, fixed price | 74,000 |
| Total Fees | | 710,000 |

All amounts include VAT. Additional named users may be ordered during the Subscription Term at CNY 1,650 per user per Subscription Year, pro rata; such additions are not part of the Total Fees above.

### A5. Invoicing and Payment

1. The onboarding fee is invoiced after the Go-Live Acceptance Date.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
3. Invoices are payable within 30 days after receipt of a valid VAT invoice, by bank transfer in CNY.

### A6. Key Dates and Contacts

Target Go-Live Acceptance Date: 75 days after the Order Date. Order Date: 6 May 2027. Customer contact: IT Manager, Ningbo head office. Provider contact: Customer Success Lead, Lamu office.

This Order Form, together with the General Terms in Part B and the Service Level Schedule in Section 6 of Part B, forms the agreement between the Customer and the Provider (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for the Customer, including vessel, cargo, crew, principal and financial data, and all outputs generated from it.

1.2 "Go-Live Acceptance Date" means the date on which the Customer signs the go-live acceptance certificate under Section 4.

1.3 "Service" means the TideDesk platform described in A2, as updated by the Provider from time to time without reducing its functionality.

1.4 "Total Fees" means the amount stated as such in A4.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users during the Subscription Term in accordance with this Agreement and the documentation.

2.2 The Service is hosted in a data centre in the mainland of the People's Republic of China operated by the hosting provider named in the Provider's security documentation, which the Customer approves by signing this Order Form.

2.3 The Provider shall give the Customer at least 30 days' notice of any change that materially alters the way users work with the Service.

### 3. Onboarding

3.1 The Provider shall perform the onboarding services in A2 according to a project plan agreed with the Customer within ten days after the Order Date.

3.2 If the Go-Live Acceptance Date has not occurred by the target date in A6 for reasons attributable to the Provider, the Provider shall pay the Customer delay damages of 0.1% of the Total Fees for each day of delay, up to a maximum of 10% of the Total Fees. The Customer may deduct delay damages from any invoice.

### 4. Go-Live Acceptance

4.1 Go-live acceptance testing is performed by the Customer in its production tenant. The acceptance criteria are: (a) every function listed in A2 works according to the agreed test cases; (b) imported port calls and master data reconcile record by record with the Customer's extract; (c) the finance interface posts disbursement accounts for ten consecutive working days without error; and (d) the Service meets the response-time targets in Section 6.5 under a load of 150 concurrent users.

4.2 When the criteria are met, the Customer shall sign the go-live acceptance certificate within five working days. Access to the production tenant or use of the Service before that date does not constitute acceptance.

### 5. Fees

5.1 The fees are as stated in A4 and are fixed for the Subscription Term.

5.2 The Agreement ends at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties; the fees for any renewal period shall be agreed in that Order Form.

### 6. Service Levels

6.1 The Provider shall make the Service available at least 99.5% of the time in each calendar month, excluding planned maintenance notified at least five days in advance and carried out between 00:00 and 03:00 Beijing time on Sundays.

6.2 Incidents are classified as Priority 1 (the Service or port-call workflow is unavailable to all users), Priority 2 (a major function is unavailable or seriously degraded) and Priority 3 (all other incidents).

6.3 The Provider shall respond to a Priority 1 incident within 30 minutes and restore the Service within three hours, at any time; to a Priority 2 incident within two hours and resolve it within one business day; and to a Priority 3 incident within one business day.

6.4 If monthly availability falls below the level in Section 6.1, the Customer shall receive a service credit of 5% of one twelfth of the current Subscription Year's fee for each 0.1 percentage point (or part) of shortfall. Each Priority 1 incident restored late gives a further credit of CNY 1,000 per hour of delay. Credits are set off against the next invoice or, at the end of the Subscription Term, paid to the Customer.

6.5 Standard screens shall load within two seconds and standard reports within eight seconds for 95% of requests measured monthly.

6.6 The Provider shall report monthly on availability, incidents and credits.

### 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including analytics, benchmarking or product development.

7.2 The Provider shall keep Customer Data in the mainland of the People's Republic of China, encrypt it in transit and at rest, apply role-based access with multi-factor authentication for administrators, log and review all administrative access, and back up Customer Data daily with a tested restore procedure. The Provider shall comply with the Data Security Law and the Personal Information Protection Law.

7.3 The Provider shall notify the Customer of a security incident affecting Customer Data within twelve hours after becoming aware of it, cooperate in its investigation and remediation, and bear the costs and losses caused by an incident attributable to the Provider or its hosting provider.

7.4 Within 30 days after the end of the Agreement the Provider shall return all Customer Data in a standard format and then delete it, and certify the deletion in writing.

### 8. Intellectual Property

8.1 The Service and its underlying software remain the Provider's property.

8.2 Configurations, document templates, report layouts and interface mappings created for the Customer belong to the Customer, which may use, modify and let third parties use them freely.

### 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and protect it with at least reasonable care. This obligation continues for three years after the end of the Agreement.

### 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 The Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by the Customer in the nine (9) months preceding the event giving rise to the claim.

10.3 Section 10.2 does not limit liability for breach of Section 7, fraud, or death or personal injury caused by negligence.

### 11. Subcontracting

11.1 Apart from the hosting provider approved in Section 2.2, the Provider shall not subcontract any part of the Service or the onboarding services without the Customer's prior written consent.

### 12. Termination

12.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

12.2 On termination by the Customer under Section 12.1, the Provider shall refund any prepaid fees for the period after termination.

### 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding.

### 14. General

14.1 Notices must be in writing and sent to the contacts in A6 by courier or e-mail.

14.2 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's consent.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

E03 = r"""T:SUPPLY AND LICENCE CONTRACT FOR COLD-ROOM MONITORING SENSORS
P:Contract No. GZLF-PUR-2027-058
P:Buyer: Guangzhou Lianfeng Cold Chain Logistics Co., Ltd., No. 88 Huangpu East Road, Huangpu District, Guangzhou, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: Samia Sensing Technologies Limited, Hospital Road, Busia, Busia County, Republic of Kenya (the "Supplier").
P:The Buyer operates cold rooms, ripening chambers and refrigerated loading docks at six warehouses in Guangdong Province. Following the Buyer's request for quotation of 14 February 2027, the Buyer purchases from the Supplier wireless temperature and humidity sensors, gateways and a perpetual licence to the Supplier's ColdWatch monitoring software, together with installation, commissioning and training, on the terms of this Contract, which is the Buyer's standard purchase contract.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in Clause 2.
P:1.2 "Software" means the ColdWatch monitoring software, including the alarm engine, dashboards, mobile application and reporting module, licensed under Clause 3.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Clause 6.
P:1.5 The Supplier shall supply the Equipment, license the Software, install and commission the System at the six warehouses, integrate the System with the Buyer's warehouse management system and SMS gateway, and train the Buyer's staff.
H:2. Price
P:2.1 The Contract Price is CNY 1,268,000, inclusive of VAT, freight, insurance, import duties and all other charges, as set out in the following table:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67, with probe|420|1,150|483,000
TB:2|LoRa gateway with 4G backhaul and battery backup|36|6,500|234,000
TB:3|ColdWatch monitoring software, perpetual licence, unlimited sensors|1|265,000|265,000
TB:|Equipment and Software Subtotal|||982,000
TB:4|Installation, commissioning and integration|1 lot|214,000|214,000
TB:5|Training and documentation|1 lot|72,000|72,000
TB:|Contract Price|||1,268,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange rates or cost changes.
P:2.3 Sensor batteries are included and shall have a rated life of at least three years at the configured reporting interval.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers for the Buyer's own operations in the People's Republic of China, with no limit on sensors, sites or users.
P:3.2 The Software and its intellectual property remain with the Supplier.
H:4. Payment
P:4.1 The Buyer shall pay the Contract Price as follows: (a) 10% (CNY 126,800) within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount; (b) 55% (CNY 697,400) within 15 working days after delivery and installation of all Equipment at all six warehouses, confirmed by the Buyer's delivery note, which records quantities and visible condition only and is not acceptance; and (c) 35% (CNY 443,800) within 15 working days after Final Acceptance.
P:4.2 Each payment is subject to a valid VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's Huangpu warehouse within 60 days after signature and complete installation at all six warehouses within 100 days after signature.
P:5.2 Installation shall not interrupt refrigeration. The Supplier shall coordinate each cold-room entry with the warehouse manager and follow the Buyer's site safety rules.
P:5.3 The Supplier shall provide a named project manager and a site supervisor for each warehouse during installation, and shall submit a weekly progress report listing completed rooms, open issues and the next week's plan.
P:5.4 Training comprises two sessions for administrators and one session at each warehouse for operators and supervisors, with manuals in Chinese and English and recorded video lessons.
P:5.5 If the Supplier fails to meet either date in Clause 5.1 for reasons not attributable to the Buyer, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate under Clause 13.
H:6. Acceptance
P:6.1 The Supplier shall carry out site tests in the presence of the Buyer. Final Acceptance criteria are: (a) every sensor reads within plus or minus 0.3 °C of a calibrated reference at three test points; (b) every sensor reports at its configured interval with packet loss below 0.5% over 14 consecutive days; (c) alarms reach the dashboard, the mobile application and the SMS gateway within 60 seconds in every test case; (d) readings and alarms are posted to the warehouse management system without loss; and (e) the calibration certificates, as-built drawings and manuals have been delivered.
P:6.2 When all criteria are met, the Buyer shall sign the final acceptance certificate within ten working days. Installation, use of the System or any payment does not constitute acceptance. If any criterion is not met, the Supplier shall correct the defect at its cost and the test shall be repeated.
P:6.3 The Buyer may use the System for operations before Final Acceptance; such use does not start the warranty period and does not relieve the Supplier of any obligation.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, correct Software defects, supply Software updates and recalibrate every sensor once in each year of the warranty.
P:7.2 Faults are classified as Severity 1 (monitoring or alarms unavailable for a whole warehouse), Severity 2 (monitoring unavailable for a single cold room or gateway) and Severity 3 (other faults). The Supplier shall respond to Severity 1 faults within 30 minutes, at any time, and restore monitoring within six hours; Severity 2 faults within two hours, with restoration by the next business day; Severity 3 faults within two business days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Buyer may deduct CNY 800 from any amount payable or claim it from the Supplier.
P:7.4 The Supplier shall keep spare sensors and gateways equal to at least 3% of the installed quantity in Guangzhou during the warranty period.
P:7.5 After the warranty period, the Buyer may order annual support, including updates, recalibration and fault repair, at 7.5% of the Equipment and Software Subtotal per year, that is CNY 73,650 per year. This price is fixed for the first two years after the warranty period. Each year of support is ordered separately; there is no automatic renewal.
H:8. Intellectual Property in Deliverables
P:8.1 The interface programs, dashboards, report templates and configuration files developed for the Buyer under this Contract, with their source code and documentation, belong to the Buyer. The Buyer may use, modify and license them to others without restriction.
P:8.2 The Supplier warrants that the System does not infringe any third-party right and shall indemnify the Buyer against any claim of infringement.
H:9. Data and Security
P:9.1 All readings, alarms, site layouts and other data collected or generated by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The Supplier shall configure the System with encrypted communication between sensors, gateways and servers, individual accounts and role-based access; remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall not copy Buyer data outside the Buyer's systems.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer data within two hours and shall be liable for all losses caused by an incident attributable to it.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's sites, customers, stock and operations obtained under this Contract, and shall not disclose it without the Buyer's prior written consent, during the Contract and for three years afterwards.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for liability under Clauses 8.2 and 9, fraud and personal injury, which is not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or other work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or in the case described in Clause 5.5. The Supplier shall then refund the amounts paid for items not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.
H:15. General
P:15.1 This Contract is written in English and Chinese; both versions have equal effect. Amendments must be in writing and signed by both parties.
P:15.2 Annexes: Annex 1 Technical Specification; Annex 2 Site List and Sensor Layout; Annex 3 Test Procedure.
P:15.3 Neither party may assign this Contract without the other party's prior written consent.
P:15.4 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = r"""# MANAGED SERVICES AGREEMENT

**Agreement No.** ZJRB-MSA-2027-009

**Between**

**Changsha Zhongjian Road and Bridge Engineering Co., Ltd.**, a company incorporated in the People's Republic of China, of 66 Furong Middle Road, Changsha, Hunan Province (the "Customer"); and

**Mwingi Managed IT Services Limited**, a company incorporated in the Republic of Kenya, of Kitui–Mwingi Road, Kitui Town, Kitui County, Kenya (the "Provider").

**Background.** The Customer runs head-office functions in Changsha and construction project offices and camps in several countries, with about 1,400 computer users. The Customer wishes to outsource its service desk, endpoint management and site IT support for its project offices to the Provider, on the terms below, for a term of 36 months.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under Section 4.

1.5 "Customer Data" means all data of the Customer or its users that the Provider receives, accesses or generates in performing the Services, including user records, tickets, device inventories and logs.

1.6 "Term" means the period of 36 months beginning on the Service Commencement Date.

## 2. Services

2.1 The Provider shall perform the Services in accordance with this Agreement, Schedule 1 and good industry practice, using appropriately qualified personnel.

2.2 The Provider shall appoint a service delivery manager as the Customer's single point of contact, who shall hold a monthly service review with the Customer's IT department and present a written report on ticket volumes, Service Level performance, service credits, recurring problems and planned improvements.

2.3 The Provider shall maintain a knowledge base of procedures and solutions for the Customer's environment and keep it current throughout the Term.

2.4 The Customer shall give the Provider remote access to its service management tool, device management console and directory, provide information reasonably requested, and ensure that its local site contacts cooperate with the Provider's engineers.

## 3. Transition

3.1 The Provider shall perform the transition activities in Schedule 1, Part B, according to a transition plan agreed within 15 days after signature. The target date for Transition Acceptance is 60 days after signature.

3.2 The Provider shall use its best efforts to meet the target date. If the target date is missed, the Provider shall submit a recovery plan within five working days and carry out the transition activities with additional staff at no extra cost to the Customer.

## 4. Transition Acceptance

4.1 The Customer shall test the readiness of the Services against these criteria: (a) all users, sites and devices in scope are recorded in the service management tool and reconcile with the Customer's asset list; (b) every standard request type and escalation path in Schedule 1 has been tested end to end; (c) the service desk has handled live tickets for ten consecutive working days in parallel with the outgoing provider, meeting the Service Levels for those tickets; and (d) runbooks for all sites have been delivered and approved by the Customer.

4.2 When all criteria are met, the Customer shall sign the Transition Acceptance Certificate within five working days. Partial operation of the Services before that date does not constitute acceptance.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges set out in Schedule 3. The monthly service charge is fixed for the Term.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced quarterly in arrears, after the Customer has approved the quarterly service report. Invoices are payable within 30 days after receipt of a valid invoice.

5.3 Service credits under Schedule 2 are deducted from the next invoice.

## 6. Service Levels

6.1 The Provider shall meet the Service Levels in Schedule 2. If it fails to do so, the Customer is entitled to the service credits there stated. Service credits are a price adjustment and do not limit the Customer's other rights.

6.2 If the Provider misses the same Service Level in three consecutive months, the Provider shall prepare and implement a remediation plan approved by the Customer.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services for the Customer and shall not use it for any other purpose or disclose it to any third party.

7.2 At the end of the Term the Provider shall return all Customer Data to the Customer in a format reasonably requested by the Customer.

## 8. Intellectual Property

8.1 Runbooks, knowledge articles, scripts, device configurations and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to a successor provider.

8.2 The Provider's own tools and methods used in providing the Services remain the Provider's property.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information received in connection with this Agreement, use it only for the purposes of this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. This obligation survives for three years after the end of this Agreement.

## 10. Personnel and Subcontracting

10.1 The Provider shall ensure that its engineers on the Customer's sites comply with the Customer's site safety and conduct rules.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the performance of any approved subcontractor.

## 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the total Charges payable over the Term, except for liability for fraud, wilful misconduct, breach of Section 9 or death or personal injury, which is not limited.

11.2 Neither party is liable for loss of profit or indirect loss.

## 12. Term and Termination

12.1 This Agreement begins on signature and continues until the end of the Term. It may be extended only by written agreement of both parties, on terms then agreed.

12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 30 days after written notice, or if the Provider misses the same Service Level in four months out of any six.

12.3 On expiry or termination the Provider shall give reasonable exit assistance for up to 90 days, including handover of the knowledge base, runbooks and open tickets to the Customer or its new provider, at the monthly service charge pro rata.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules. The award is final.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject. If the body of this Agreement conflicts with a Schedule, the body prevails.

14.2 Amendments must be in writing and signed by both parties.

## Schedule 1 — Services

**Part A — Run services**

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English for about 1,400 users; logging, triage, first-line resolution and escalation | 24 hours, every day |
| Endpoint management | Patching, software distribution, antivirus status and device compliance reporting for about 1,550 laptops and desktops | Business days, Beijing time |
| Site IT support | Remote and on-site second-line support at project offices and camps, including network equipment and printers | Site working hours |
| Identity administration | Joiners, movers and leavers; password resets; mailbox and group management | 24 hours, every day |
| Asset records | Maintenance of the hardware and software inventory and monthly reconciliation | Business days |

**Part B — Transition**

| Activity | Deliverable |
|---|---|
| Knowledge transfer from the outgoing provider | Completed knowledge-transfer log |
| Tool configuration | Service catalogue, categories and workflows in the Customer's tool |
| Site surveys | Runbook and contact list for each site |
| Parallel run | Ten working days of live tickets meeting Service Levels |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (site or head office unable to work) — response | 30 minutes, at any time | 2% of the monthly service charge per incident |
| Priority 1 incident — resolution or workaround | 6 hours | 3% of the monthly service charge per incident |
| Priority 2 incident — response | 2 hours | 1% of the monthly service charge per month missed |
| Service desk calls answered within 60 seconds | 90% monthly | 2% of the monthly service charge |
| First-contact resolution | 70% monthly | no credit; subject to review |
| Patch compliance of endpoints | 95% monthly | 2% of the monthly service charge |

Service credits in any month are capped at 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 88,000 |
| Monthly service charge | CNY 46,500 per month × 36 months | 1,674,000 |
| Total Charges over the Term | | 1,762,000 |

Additional project work requested by the Customer is charged at CNY 1,200 per engineer day, only against a written order.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = r"""DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. EAD-QD-2027-022

THIS AGREEMENT is made on 3 June 2027 between:

(1) QINGDAO HENGRUN AGRICULTURAL TRADING CO., LTD., a company incorporated in the People's Republic of China, of 18 Haier Road, Laoshan District, Qingdao, Shandong Province (the "Customer"); and

(2) ELGON AGRI-DATA LIMITED, a company incorporated in the Republic of Kenya, of Moi Avenue, Bungoma Town, Bungoma County, Kenya (the "Provider").

BACKGROUND

(A) The Customer imports sesame, soybeans, pulses and coffee from East Africa and needs reliable information on crop conditions, weather, harvest progress and farm-gate prices in the regions where it buys.

(B) The Provider collects field observations through a network of agronomists and farmer cooperatives, combines them with satellite and weather data, and publishes the results as datasets and through an application programming interface (API).

(C) The Customer wishes to subscribe to the Provider's data and API services for two Subscription Years and to have the Provider integrate them with its procurement and risk systems.

1. DEFINITIONS

1.1 "Data Services" means access to the Licensed Data through the API, the web portal and scheduled file deliveries, as described in Clause 2.

1.2 "Licensed Data" means the Provider's crop-condition indices, weather observations and forecasts, harvest-progress reports, farm-gate and market prices and yield estimates for the regions listed in Annex A.

1.3 "Customer Data" means all data that the Customer submits to the Provider, including sourcing locations, supplier lists, contract volumes, watch lists and query parameters, and all reports generated from it for the Customer.

1.4 "Onboarding Acceptance Date" means the date on which the Customer signs the onboarding acceptance certificate under Clause 4.

1.5 "Subscription Year" means each of two consecutive periods, the first beginning on the Onboarding Acceptance Date and the second beginning on its first anniversary, each ending on the day before the next anniversary.

1.6 "Total Fees" means the sum of the fixed fees in Clause 5.1.

2. DATA SERVICES

2.1 The Provider shall provide the Data Services to the Customer during both Subscription Years, including: (a) API access for up to 2,000,000 calls per Subscription Year; (b) weekly crop-condition and price files for 26 producing regions in Kenya, Uganda, Tanzania and Ethiopia; (c) daily weather observations and ten-day forecasts; and (d) a web portal for up to 40 named users.

2.2 The Provider shall update the Licensed Data at the frequencies stated in Annex A and correct any material error within two business days after it is reported.

2.3 The Provider shall develop for the Customer: (a) a custom sourcing-risk index combining crop, weather and price indicators for the Customer's 60 principal sourcing areas; and (b) connectors that load the Licensed Data into the Customer's procurement system and its risk dashboard (together, the "Custom Deliverables").

3. LICENCE TO USE DATA

3.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to use the Licensed Data for its internal business, including sharing extracts with its affiliates, banks and insurers.

3.2 Licensed Data downloaded during the Subscription Term and incorporated in the Customer's internal reports may be kept and used internally after the end of this Agreement.

3.3 The Licensed Data and the underlying databases remain the property of the Provider.

4. ONBOARDING AND ACCEPTANCE

4.1 The Provider shall complete onboarding, including API credentials, the Custom Deliverables, historical data loads for three seasons, and training, so that the Customer can carry out acceptance testing within 50 days after the date of this Agreement.

4.2 The acceptance criteria are: (a) the API returns complete, correctly formatted data for all 26 regions in every test case in Annex B; (b) historical data loaded into the Customer's systems reconciles with the Provider's files; (c) the connectors run daily for ten consecutive business days without failure; and (d) the sourcing-risk index is calculated for all 60 areas according to the agreed methodology.

4.3 When the criteria are met, the Customer shall sign the onboarding acceptance certificate within five business days. Issue of API credentials or use of the portal does not constitute acceptance.

4.4 If the Provider does not make the Data Services and the Custom Deliverables ready for acceptance testing by the date in Clause 4.1 for reasons attributable to it, the Provider shall pay the Customer 0.07% of the Total Fees for each day of delay, up to 7% of the Total Fees.

5. FEES AND PAYMENT

5.1 The fixed fees are:

   Subscription fee, Subscription Year 1 ........ CNY 286,000
   Subscription fee, Subscription Year 2 ........ CNY 286,000
   Onboarding and Custom Deliverables ............ CNY 58,000
   Total Fees ................................... CNY 630,000

5.2 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. These usage charges are not part of the Total Fees.

5.3 The onboarding fee is invoiced after the Onboarding Acceptance Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt, in CNY.

5.4 The fees in Clause 5.1 are fixed for the Subscription Term.

6. SERVICE LEVELS

6.1 The Provider shall make the API and the web portal available at least 99.95% of each calendar month, excluding planned maintenance announced at least three days in advance.

6.2 The Provider shall respond to a Priority 1 incident (the API or the portal unavailable, or data not updated on schedule for more than one region) within one (1) hour, at any time, and to other incidents within one business day.

6.3 The Provider shall publish a monthly service report showing availability, incidents and data delivery timeliness.

6.4 The Provider will use reasonable efforts to restore the Data Services promptly after any incident. The Customer's remedies for failure to meet this Clause 6 are limited to requesting a corrective action plan, which the Provider shall deliver within ten business days.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data Services to the Customer and shall not use it for any other purpose or disclose it to any other person.

7.2 The Provider shall store Customer Data on servers located in the People's Republic of China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs for at least one hundred and eighty days.

7.3 The Provider shall notify the Customer within twelve hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, take immediate steps to contain it, and be liable for all losses caused by an incident attributable to the Provider or its subcontractors.

7.4 On expiry or termination the Provider shall return Customer Data and delete all copies within 30 days, and confirm deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Custom Deliverables, including the methodology document and source code of the sourcing-risk index and the connectors, belong to the Customer upon delivery. The Customer may use, modify and license them freely.

8.2 The Provider warrants that the Licensed Data and the Custom Deliverables do not infringe any third-party rights.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's sourcing plans and volumes, and use it only for this Agreement. This obligation survives for three years after the end of this Agreement.

10. SUBCONTRACTORS

10.1 The Provider may engage subcontractors, including field data collectors, cooperatives and hosting providers, to perform any part of the Data Services, by giving the Customer written notice of the subcontractor's name and role. The Provider remains responsible for its subcontractors.

11. LIABILITY

11.1 The Provider's total liability under this Agreement is limited to 150% of the Total Fees. This limit does not apply to breach of Clause 7 or Clause 9, fraud, or death or personal injury.

11.2 Neither party is liable for indirect loss or loss of profit. The Provider does not warrant any particular crop outcome; forecasts and estimates are provided with the diligence stated in Annex A.

12. TERM AND TERMINATION

12.1 This Agreement begins on its date and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates under this Clause, the Provider shall refund the fees paid for the remainder of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules then in force. The arbitral award is final and binding on both parties.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above, with a copy by e-mail.

14.2 This Agreement, with Annex A (Coverage and Update Frequencies) and Annex B (Acceptance Test Cases), is the entire agreement of the parties on its subject.

SIGNED for the Customer: ____________________

SIGNED for the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design

FILES = {  # key: (file name, format, language)
    "z01": ("h718z01_youth_care_ledger_platform.pdf", "pdf", "zh"),
    "z02": ("h718z02_lunchbox_line_control_retrofit.docx", "docx", "zh"),
    "z03": ("h718z03_broadcasting_class_booking_saas.txt", "txt", "zh"),
    "z04": ("h718z04_miao_hospital_his_om_service.txt", "txt", "zh"),
    "z05": ("h718z05_enamel_firing_tracking_supplier_template.md", "md", "zh"),
    "e01": ("h718e01_tea_traceability_licence_kakamega_vendor.pdf", "pdf", "en"),
    "e02": ("h718e02_port_call_saas_order_form_lamu_vendor.md", "md", "en"),
    "e03": ("h718e03_cold_room_sensors_busia_vendor.docx", "docx", "en"),
    "e04": ("h718e04_managed_service_desk_kitui_vendor.md", "md", "en"),
    "e05": ("h718e05_crop_data_api_subscription_bungoma_vendor.txt", "txt", "en"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

T, F, N = True, False, None
G, S = "goods_or_licence", "service"
# values in TERM_KEYS order, then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only),
# acceptance_deemed_on_delivery, contract_value
LABELS = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, F, 0.08, N, 20, T, T, 24, 8, F, F, F, N, G],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=1286000)),
    "z02": ("hardware", [N, 0.5, F, "buyer", T, T, T, 0.06, N, 10, T, T, 24, 7, F, T, T, "PRC", G],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=1380000)),
    "z03": ("cloud", [99.5, 1, T, "buyer", T, F, T, 0.1, 200, N, T, N, N, N, T, T, F, "PRC", S],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=648000)),
    "z04": ("services", [99.95, 0.25, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=486000)),
    "z05": ("software", [N, N, F, "supplier", T, T, T, 0.02, N, 65, F, F, 6, 24, F, T, N, N, G],
            dict(sla_clause=F, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=T,
                 contract_value=1090000)),
    "e01": ("software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 9, F, T, F, "Kenya", G],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=1735000)),
    "e02": ("cloud", [99.5, 0.5, T, "buyer", T, T, T, 0.1, 9 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", S],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=710000)),
    "e03": ("hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7.5, F, T, F, "PRC", G],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=1268000)),
    "e04": ("services", [N, 0.5, T, "buyer", F, T, T, N, 150, N, T, N, N, N, F, T, F, "PRC", S],
            dict(sla_clause=T, ld_stated=F, acceptance_deemed_on_delivery=F, contract_value=1762000)),
    "e05": ("cloud", [99.95, 1, F, "buyer", T, T, T, 0.07, 150, N, T, N, N, N, F, T, T, "PRC", S],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=630000)),
}

# Price lines (they must add up to the contract value), payment instalments, TCO inputs and the forum.
PRICES = {
    "z01": [520000, 566000, 148000, 52000], "z02": [386000, 452000, 218000, 164000, 136000, 24000],
    "z03": [272000, 272000, 86000, 18000], "z04": [312000, 96000, 54000, 24000], "z05": [860000, 168000, 62000],
    "e01": [980000, 486000, 172000, 97000], "e02": [318000, 318000, 74000], "e03": [483000, 234000, 265000, 214000, 72000],
    "e04": [88000, 46500 * 36], "e05": [286000, 286000, 58000],
}
INSTALMENTS = {"z01": [257200, 578700, 450100], "z02": [138000, 759000, 483000], "z05": [708500, 381500],
               "e01": [347000, 780750, 607250], "e03": [126800, 697400, 443800]}
FEE_BASE = {"z01": 520000, "z02": 1220000, "z05": 860000, "e01": 980000, "e03": 982000}  # itemised subtotals
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Nairobi arbitration

DESIGN = {
    "z01": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z02": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "e05": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
# policy §3 thresholds (label values must never equal them)
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_THRESHOLD, HORIZON = 40, 5


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 applied to the labels."""
    r = set()
    goods = t["contract_kind"] == G
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > TCO_THRESHOLD:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold-figure scan of the built files

SCAN = [re.compile(p, re.I) for p in [
    r"(?<![\d.])(?:99\.9|0\.05|100|30|15|40)\s*(?:%|％|per\s*cent|percent)",
    r"(?<![\d.])(?:99\.9|0\.05)(?!\d)",
    r"百分之(?:三十|十五|四十|一百|百|九十九点九)(?![点零一二三四五六七八九十])",
    r"万分之五(?![十点零一二三四五六七八九])", r"千分之零点五",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|个?\s*小时)",
    r"(?<![a-z])four\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    r"(?<![十二三四五六七八九零〇两百千])四\s*个?\s*小时",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个\s*月)", r"(?<![a-z])twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"十\s*二\s*个\s*月", r"(?<![a-z])one\s*(?:\(1\)\s*)?(?:-\s*)?years?(?![a-z])",
    r"(?<![\d.])1\s*(?:-\s*)?years?(?![a-z])", r"(?<![第每])一\s*年(?![度级])",
    r"(?<![\d.])5\s*(?:-\s*)?(?:years?|年)", r"(?<![a-z])five\s*(?:\(5\)\s*)?(?:-\s*)?years?",
    r"(?<![十\d])五\s*年",
]]
MUST_HIT = ["30%", "30 %", "advance of 30 per cent", "百分之三十", "百分之十五", "15%", "40 %", "100%", "99.9%",
            "99.9 percent", "0.05%", "万分之五", "千分之零点五", "within 4 hours", "4-hour", "4小时", "四小时",
            "four (4) hours", "12 months", "twelve months", "12个月", "十二个月", "one year", "1 year", "一年",
            "5 years", "five-year", "五年", "5年"]
MUST_MISS = ["24 hours", "24小时", "二十四小时", "14 hours", "130%", "35%", "99.95%", "99.5%", "0.058%", "150%",
             "115%", "1.5%", "百分之三十五", "百分之十", "万分之五十", "万分之六", "2027年12月31日", "第一年",
             "一个服务年度", "24 months", "2025年", "18 months", "one business day", "3 hours", "三小时",
             "十五个工作日", "15 days", "40 users", "三十日"]


def scan_hits(text):
    return [m.group(0) for p in SCAN for m in p.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert scan_hits(s) and scan_hits(re.sub(r"\s", "", s)), "scan misses " + s
    for s in MUST_MISS:
        assert not scan_hits(s) and not scan_hits(re.sub(r"\s", "", s)), "scan hits " + s


# ---------------------------------------------------------------------------------------------------------------

def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    targets = {k: (n, f) for k, (n, f, _) in FILES.items() if f in ("docx", "pdf")}
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, (name, fmt, _) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k].strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, fmt, lang) in FILES.items():
        cat, vals, extra = LABELS[k]
        terms = dict(zip(TERM_KEYS, vals))
        assert len(vals) == len(TERM_KEYS)
        goods = terms["contract_kind"] == G
        assert ("post_warranty_fee_capped" in extra) == goods, k
        if not goods:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None, k
        x = {kk: extra[kk] for kk in ["sla_clause", "ld_stated", "post_warranty_fee_capped",
                                      "acceptance_deemed_on_delivery", "contract_value"] if kk in extra}
        assert sum(PRICES[k]) == x["contract_value"], k
        if k in INSTALMENTS:
            assert sum(INSTALMENTS[k]) == x["contract_value"], k
        for tk, th in THRESHOLDS.items():
            assert terms[tk] is None or abs(terms[tk] - th) > 1e-9, (k, tk)
        share = tco_share(k, terms, x)
        if share is not None:
            assert abs(share - TCO_THRESHOLD) > 2, (k, share)
        rules = derive(k, terms, x)
        if rules != sorted(DESIGN[k]):
            problems.append((k, rules, DESIGN[k]))
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name, fmt)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = set()
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits |= set(scan_hits(form))
        print("%s %-55s %s %5d %-6s tco=%s %s" % (k, name, lang, n, risk(rules),
                                                  None if share is None else round(share, 2), rules))
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        if hits:
            problems.append((k, "threshold figures", sorted(hits)))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    kinds = {k: len(DESIGN[k]) for k in DESIGN}
    assert [k for k in kinds if kinds[k] == 0] == ["z04", "e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= kinds["z05"] <= 10
    assert sorted(k for k in kinds if 2 <= kinds[k] <= 3) == sorted(["z01", "z02", "z03", "e02", "e04", "e05"])
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
