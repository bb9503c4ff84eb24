"""holdout474: builds the ten contracts (txt/md written as is, docx/pdf through ../word_pdf.py), reads every
built file back, checks lengths and threshold-free text, derives each expected rule list from the labels by my own
reading of policy.md section 3 and writes the .json labels. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:大数据审计平台建设项目采购合同
P:合同编号：LQSJ-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临泉市审计局　　地址：临泉市政务中心东楼
P:乙方（供应商）：江苏数审信息技术有限公司　　统一社会信用代码：91320100MA1XK3D27B
P:鉴于甲方通过公开招标确定乙方为“大数据审计平台建设项目”的中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供大数据审计平台软件永久使用许可，并完成财政、社保、公积金三类审计模型的定制开发、被审计单位数据对接、部署实施和培训。
P:1.2 平台部署在甲方机房的政务内网，乙方不得将任何审计数据迁出甲方网络环境。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾玖万元整（¥2,190,000），为固定总价，含税、运输、安装、调试及培训等全部费用，明细如下：
P:（1）大数据审计平台软件永久许可（含数据采集、数据治理、模型引擎、疑点管理模块，不限用户数）：¥1,180,000；
P:（2）审计模型定制开发（财政预算执行、社保基金、住房公积金三类，共46个模型）：¥760,000；
P:（3）数据对接及部署实施（18家被审计单位接口）：¥214,000；
P:（4）培训（审计业务人员及系统管理员）：¥36,000。
P:2.2 软件许可费小计为¥1,180,000，作为本合同维护费的计费基数。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%，即¥438,000。
P:3.2 系统初验合格后15个工作日内，甲方支付合同总价的45%，即¥985,500。
P:3.3 系统终验合格后15个工作日内，甲方支付合同总价的35%，即¥766,500。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后60日内完成平台部署，120日内完成全部模型开发和数据对接并申请初验。
P:4.2 乙方应交付安装介质、模型说明书、接口文档、定制部分源代码及运维手册。
P:4.3 乙方应在实施前提交实施方案和进度计划，经甲方确认后执行；每两周向甲方提交项目周报，说明进度、问题及风险。
P:4.4 被审计单位数据接口的调整由甲方协调，乙方应配合各单位完成联调测试，并对接口的稳定性负责；接口因被审计单位系统升级发生变化的，乙方应在质保期内免费完成适配。
H:第五条 验收
P:5.1 初验标准：平台各模块功能与招标文件技术要求逐项相符；46个模型在甲方提供的测试数据上运行结果与人工核对结果一致；18家单位数据按日自动采集，经与采集日志逐项核对无遗漏；千万级数据表的常规查询在5秒内返回。
P:5.2 初验合格后进入试运行期，试运行期为90日；试运行期内未发生一级故障且模型疑点核实准确率达到招标文件要求的，乙方可申请终验。
P:5.3 验收由甲方组织，可邀请第三方测评机构参加，验收结果以双方签字的验收报告为准。系统上线使用或甲方付款均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、模型调整及现场技术支持。
P:6.2 质保期内乙方应每季度对平台进行一次巡检，提交巡检报告，并及时修补已公布的安全漏洞。
P:6.3 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可费小计的8%（即不超过¥94,400/年），且质保期满后的三个维护年度内不得上调。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，计划内停机须提前三个工作日经甲方同意，不计入不可用时间。
P:7.2 故障分级及响应：一级故障（平台不可用或模型批量运行失败）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个版本中修复。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减维护费或从应付款中扣减¥500；月可用率每低于承诺值0.01个百分点，扣减¥1,000。
H:第八条 知识产权
P:8.1 平台软件的知识产权属于乙方，甲方依第二条取得永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的审计模型、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。
H:第九条 数据安全
P:9.1 审计数据、被审计单位数据及平台运行产生的数据均属于甲方所有，乙方仅可为履行本合同在甲方指定环境中处理，不得复制、留存或用于其他任何目的。
P:9.2 乙方人员须经甲方审批后通过堡垒机访问，操作全程留痕；乙方应按网络安全等级保护三级要求配合落实安全措施。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:乙方对履行本合同知悉的审计事项、被审计单位信息及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，该义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日按合同总价的万分之八支付违约金。
P:11.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
H:第十二条 分包
P:乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同并要求乙方承担违约责任。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目人员与培训
P:15.1 乙方应派驻项目经理一名及不少于六名实施人员，项目经理须具有审计信息化项目经验，未经甲方同意不得更换。
P:15.2 乙方应为甲方审计业务人员提供不少于三期集中培训，为系统管理员提供专项培训，并提供培训教材和操作视频；培训效果以甲方组织的上机考核为准。
H:第十六条 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时书面通知对方并提供证明，在影响范围内免责；不可抗力持续超过60日的，双方可协商解除合同。
H:第十七条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：临泉市审计局　　代表：__________　　日期：2026年3月__日
P:乙方（盖章）：江苏数审信息技术有限公司　　代表：__________　　日期：2026年3月__日
"""

Z02 = """T:涂装车间控制系统改造及维保合同
P:合同编号：HX-QC-TZ-2026-031
P:甲方（买方）：华曦汽车制造有限公司　　地址：柳州市柳东新区车园路18号
P:乙方（卖方）：广西恒控自动化工程有限公司　　地址：南宁市高新区科园大道56号
P:甲方涂装车间前处理、电泳及面漆线控制系统已运行多年，备件停产、故障频发。经邀请招标，甲方确定乙方承担控制系统改造及后续维保。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:1. 项目范围
P:1.1 乙方负责更换涂装线PLC控制器及I/O模块、工控机及HMI、变频器，提供涂装MES接口软件永久许可，并开发工艺配方管理模块，完成拆除、安装、接线、调试、培训及质保期满后的维保服务。
P:1.2 改造须利用甲方春节停产窗口完成，停线时间不超过18日，乙方应提交详细的停线切换方案，经甲方审批后实施。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰柒拾万零捌仟元整（¥1,708,000），为固定总价，含税及运输、保险、安装、调试、培训等全部费用。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块（含冗余CPU）|1套|628,000
TB:2|工控机及HMI操作站|6台|186,000
TB:3|变频器（输送链及风机）|34台|244,000
TB:4|涂装MES接口软件永久许可|1套|148,000
TB:|软硬件小计||1,206,000
TB:5|拆除、安装、接线及调试|1项|296,000
TB:6|工艺配方管理模块定制开发|1项|182,000
TB:7|操作及维护培训|1项|24,000
TB:|合同总价||1,708,000
P:2.2 软硬件小计¥1,206,000为质保期满后维保费的计费基数。
H:3. 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%（¥170,800）作为预付款，乙方须同时提交等额银行保函。
P:3.2 设备到货、安装调试完成并恢复生产后，甲方支付合同总价的50%（¥854,000）。安装调试完成不视为验收合格。
P:3.3 最终验收合格后，甲方支付合同总价的35%（¥597,800）。
P:3.4 其余5%（¥85,400）作为质量保证金，质保期满且无未决质量问题后无息支付。
H:4. 交付与安装
P:4.1 乙方应于合同签订后75日内将全部设备运抵甲方涂装车间，设备须为原厂全新产品，附合格证及原产地证明。
P:4.2 乙方在停线窗口内完成拆除、安装、接线和调试，按甲方车间安全管理规定作业，动火、登高作业须办理许可。
P:4.3 乙方应在停线前完成离线仿真测试，向甲方演示新旧程序逻辑对照结果；切换失败时乙方应在窗口期内恢复原系统，保证甲方按计划复产。
P:4.4 乙方应移交PLC程序、HMI画面、电气图纸、接线表、备件清单及操作维护手册各两套（纸质及电子版）。
P:4.5 复产后15日内，乙方应安排工程师在车间跟班值守，协助甲方处理切换后出现的问题，并每日提交问题清单及处理情况，直至生产稳定。
H:5. 验收
P:5.1 验收标准：全部I/O点位逐点测试正确；电泳槽温度控制偏差不超过±0.5℃；输送链速度与节拍匹配；配方切换时间不超过90秒；HMI与MES数据一致；连续生产30日无因控制系统导致的停线。
P:5.2 满足5.1后，甲方组织最终验收并签署验收报告。设备到货、安装完成或投入使用均不视为验收合格。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费升级软件。
P:6.2 故障分级：一级故障（整线停产）乙方30分钟内电话响应，2小时内到达现场，6小时内恢复生产；二级故障（单工位异常）2小时内响应，24小时内处理完毕。
P:6.3 乙方到场或恢复超时的，每超时1小时向甲方支付¥1,000，从质量保证金或维保费中扣除。
P:6.4 质保期满后的维保费为每年软硬件小计的8%（¥96,480），质保期满后三个维保年度内价格固定；此后续签须双方书面协商，不自动续期。
P:6.5 乙方应在柳州设立备件库，储备CPU模块、I/O模块、变频器等关键备件，备件储备清单作为本合同附件；所供设备停产的，乙方应提前通知并提供兼容替代方案。
H:7. 生产数据安全
P:7.1 控制系统及MES接口产生的工艺参数、生产记录、设备运行数据属于甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:7.2 乙方远程维护须经甲方设备部逐次批准，通过甲方工业防火墙及堡垒机接入，操作全程记录；乙方不得在控制网络中安装未经甲方认可的软件。
P:7.3 因乙方原因造成生产数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内报告甲方，采取补救措施，并赔偿甲方全部损失。
H:8. 知识产权
P:8.1 PLC程序、HMI画面、工艺配方管理模块及其源代码、组态文件的知识产权归甲方所有，甲方可自行修改、使用或委托他人维护。
P:8.2 MES接口软件的知识产权属于其权利人，甲方取得永久使用许可。
H:9. 培训与现场管理
P:9.1 乙方应为甲方电气维修人员和操作人员各提供不少于三期培训，内容包括PLC程序结构、故障诊断、配方维护和变频器参数设置，培训后由甲方组织考核。
P:9.2 乙方人员进入现场须遵守甲方安全生产、环保及消防管理制度；因乙方人员违规造成人身伤害或财产损失的，由乙方承担责任。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日按合同总价的万分之三支付违约金。
P:10.2 设备或软件质量不符合约定的，乙方应免费更换或修复；因乙方原因导致停产的，乙方应赔偿甲方直接损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:11. 分包
P:11.1 乙方如需将电缆敷设等辅助工作分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:12. 解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 合同解除后，乙方应配合甲方完成已安装设备和程序的移交，已交付并经甲方确认可用的部分按分项价格结算。
P:12.3 因不可抗力不能按期交付的，乙方应及时通知甲方并提供证明，交付期限相应顺延。
H:13. 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交柳州仲裁委员会仲裁。
H:14. 其他
P:14.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:14.2 附件：设备清单及技术参数、停线切换方案、备件储备清单、验收测试大纲。附件与本合同具有同等效力。
P:甲方：华曦汽车制造有限公司（盖章）　　授权代表：__________
P:乙方：广西恒控自动化工程有限公司（盖章）　　授权代表：__________
P:签订日期：2026年1月__日
"""

Z03 = """早教中心排课及会员管理系统SaaS服务合同

合同编号：XY-IT-2026-008

甲方：小雅树早期教育管理（杭州）有限公司
地址：杭州市拱墅区湖墅南路288号
乙方：杭州云课通网络科技有限公司
地址：杭州市滨江区江南大道3850号

鉴于甲方在杭州、宁波、绍兴、嘉兴经营21家早教中心，需要统一的排课、会员、课时消耗及家长端预约系统；乙方提供“云课通”早教机构管理SaaS服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方为甲方21家中心开通云课通SaaS服务，包括课程排期、教室及老师排班、会员档案、课时包及消课、家长端小程序预约、营销活动、经营报表等功能模块，账号数量不限。
（二）乙方负责实施：系统配置、21家中心历史会员及剩余课时数据迁移、与甲方财务系统及收银设备对接、定制六张经营分析报表。
（三）乙方提供家长端小程序的上线审核、品牌定制（甲方标识及配色）及消息推送配置，推送内容须经甲方审核。
（四）乙方对各中心店长、前台及课程顾问进行培训，并提供操作手册和视频教程。

二、服务期限
（一）服务期为三个服务年度，自2026年4月1日起至2029年3月31日止。
（二）服务期满前60日，如任何一方未书面提出不再续约，本合同自动续期一个服务年度，续期次数不限。每次续期时，乙方有权根据其产品价格调整情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前30日书面通知甲方。

三、合同价款
（一）订阅费：每家中心每服务年度人民币9,600元，21家中心每服务年度合计201,600元，三个服务年度合计604,800元。
（二）实施及数据迁移费（一次性）：58,000元。
（三）培训费（一次性）：12,000元。
（四）合同总价：人民币陆拾柒万肆仟捌佰元整（¥674,800）。上述价格含税。甲方在服务期内新增中心的，按每家中心每服务年度9,600元按月折算。

四、付款方式
（一）实施及数据迁移费和培训费，在上线验收合格后15个工作日内一次性支付。
（二）订阅费按服务季度结算，每季度50,400元，甲方在每个服务季度结束后15个工作日内支付上一季度费用。
（三）乙方应在收款前开具增值税专用发票。本合同不设预付款。

五、上线与验收
（一）乙方应于2026年3月20日前完成系统配置、数据迁移及接口对接，具备上线条件。
（二）上线验收标准：21家中心会员档案及剩余课时与甲方提供的迁移清单逐条核对一致；排课、预约、消课流程在每家中心完成不少于三次实际操作测试；财务对账单与收银流水一致；六张定制报表数据与抽查结果一致。
（三）验收由甲方信息部及运营部共同进行，签署书面验收报告后视为验收合格。系统开通或甲方试用不视为验收合格。
（四）上线后首个服务月内，乙方应安排实施顾问驻场支持，每周提交问题清单及处理结果，直至各中心稳定使用。
（五）乙方逾期完成上线的，每逾期一日向甲方支付违约金500元。

六、服务水平
（一）乙方承诺系统月可用率不低于99.5%，计划内维护须安排在每日22:00至次日6:00之间并提前两日通知。
（二）故障响应：一级故障（系统无法登录或无法消课）30分钟内响应，3小时内恢复；二级故障（单个功能异常）2小时内响应，24小时内解决；一般咨询当日答复。
（三）月可用率每低于承诺值0.1个百分点，乙方按当季度订阅费的2%予以抵扣；一级故障恢复超时的，每次抵扣当季度订阅费的1%。

七、数据安全与数据归属
（一）会员档案、儿童及家长个人信息、课时及交易记录等业务数据属于甲方所有，乙方仅为向甲方提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云平台，采取加密存储、访问权限控制、操作日志审计等措施，遵守《个人信息保护法》《数据安全法》及儿童个人信息保护的相关规定。
（三）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚及对家长的赔偿。
（四）合同终止后30日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除乙方系统中的副本，出具删除证明。

八、知识产权
（一）云课通平台的知识产权属于乙方。
（二）为甲方定制的报表、配置方案、接口程序及培训材料的知识产权归甲方所有，甲方可自由使用、修改及交由第三方维护。

九、保密
双方对在履行本合同过程中知悉的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露；保密义务在合同终止后三年内有效。

十、违约与责任限制
（一）任何一方违约给对方造成损失的，应赔偿对方的实际损失。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反本合同“七、数据安全与数据归属”约定造成的损失不受此限。

十一、双方其他义务
（一）乙方应为甲方指定专属客户经理，每服务季度回访各中心使用情况，提交服务报告，内容包括可用率统计、故障记录、需求处理进度及优化建议。
（二）乙方进行版本升级前，应提前五个工作日通知甲方并说明变更内容；升级不得导致已验收功能缺失或数据丢失，涉及家长端的重大改版应先在一家中心试点。
（三）乙方应提供7×24小时故障报修电话及工作日9:00至21:00的在线客服，各中心周末营业期间须有技术人员值守。
（四）甲方应指定项目联系人，按时提供迁移数据及接口资料，并负责组织各中心员工参加培训；甲方对其账号的使用行为负责，并妥善管理管理员密码。
（五）新增、关闭或迁址中心的，甲方应提前15日书面通知乙方，订阅费按实际开通中心数量按月调整。

十二、分包
乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，须事先取得甲方书面同意。

十三、合同解除
乙方严重违约，或连续两个月可用率低于承诺值，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的订阅费。
合同解除或终止后，乙方应按“七、数据安全与数据归属”第（四）项交还并删除数据，并在甲方完成数据迁移前维持系统只读访问，最长不超过60日，期间不另收费。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一：功能清单；附件二：定制报表说明；附件三：数据迁移清单。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：小雅树早期教育管理（杭州）有限公司　　代表：__________　　日期：2026年2月__日
乙方（盖章）：杭州云课通网络科技有限公司　　代表：__________　　日期：2026年2月__日
"""

Z04 = """档案利用服务系统运维服务合同

项目名称：档案利用服务系统2026年度运维服务
采购方式：竞争性磋商（政府采购）
合同编号：YZDAG-2026-YW-003

甲方：永州市档案馆
地址：永州市冷水滩区逸云路9号
乙方：湖南典藏信息技术有限公司
地址：长沙市岳麓区麓谷大道658号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就档案利用服务系统运维服务达成如下协议。

第一部分 服务内容与期限
（1）运维对象：甲方档案利用服务系统，包括馆内查档终端、网上查档预约平台、跨馆出证模块、数字档案检索库及其服务器、存储和数据库。
（2）服务内容：日常运行监控与故障处理、驻场技术服务、季度巡检与安全加固、数据备份与恢复演练、系统小版本升级、用户咨询及查档高峰保障，以及甲方交办的与上述系统相关的其他运维工作。
（3）服务地点：甲方馆内机房及查档大厅；跨馆出证涉及的县（区）档案馆终端由乙方远程支持，必要时到场处理。
（4）服务期限：2026年1月1日起至2026年12月31日止。期满后如需继续采购，由甲方依法另行组织采购，本合同不自动续期。

第二部分 服务价款
（1）本合同总价为人民币肆拾贰万捌仟元整（¥428,000），为固定价格，含税及乙方履约所需的全部费用。
（2）价款构成：系统运维服务¥198,000；驻场技术人员（1名，工作日驻场）¥156,000；季度巡检及安全加固¥46,000；数据备份与恢复演练¥28,000。
（3）服务期内甲方不另行支付差旅、加班、备品等任何费用。
（4）服务期内因甲方新增查档终端或调整业务流程产生的少量配置工作，属于本合同运维范围，乙方不另行收费；涉及新开发功能的，双方另行协商。

第三部分 付款方式
（1）本合同不设预付款。
（2）上半年服务考核合格后15个工作日内，甲方支付合同总价的50%，即¥214,000。
（3）全部服务期满且年度服务考核合格后15个工作日内，甲方支付剩余50%，即¥214,000。
（4）考核不合格的，甲方按第五部分扣减相应费用后支付。

第四部分 服务要求与服务水平
（1）乙方派驻1名具备数据库及中间件运维能力的技术人员，工作日8:30至17:30在甲方驻场；驻场人员更换须经甲方同意。
（2）故障分级：一级故障指查档系统整体不可用或数据库无法访问；二级故障指单一模块不可用；三级故障指一般功能或显示问题。
（3）响应时限：一级故障乙方应在6小时内响应并开始处理，24小时内恢复；二级故障8小时内响应，48小时内解决；三级故障在下一次巡检时解决。驻场时间内发生的故障，驻场人员应立即处理。
（4）乙方每季度完成一次全面巡检并提交巡检报告，每半年组织一次数据恢复演练，演练方案须经甲方批准。
（5）乙方应在查档高峰期（清明节前后及开学季）安排专人值守，保障网上预约和馆内查档正常运行。
（6）乙方应建立运维工单台账，如实记录每次故障的报告时间、响应时间、处理过程和恢复时间，每月5日前向甲方提交上月运维月报。
（7）系统小版本升级、补丁安装和配置变更须提前三个工作日提交变更方案，经甲方批准后在非开放时间实施，实施前完成数据备份，并准备回退方案。
（8）乙方应跟踪操作系统、数据库及中间件的安全漏洞公告，对高危漏洞在甲方批准后及时修补，无法修补的应提出临时防护措施。

第五部分 考核与验收
（1）甲方按磋商文件所附《运维服务考核表》进行半年度和年度考核，考核内容包括故障响应与处理时效、巡检和演练完成情况、驻场出勤、用户满意度及文档完整性，满分100分，80分以上为合格。
（2）乙方每次故障响应超过第四部分规定时限的，甲方扣减¥800；故障恢复超时的，每超时一日扣减¥1,500。上述扣减从当期应付款中扣除。
（3）考核低于80分的，甲方可要求乙方限期整改，整改后复核；连续两次考核不合格的，甲方有权解除合同。
（4）乙方应在服务期满时提交年度运维总结、系统配置文档和备份记录，经甲方确认后作为年度考核的依据。

第六部分 数据安全
（1）档案数据、查档用户信息及系统日志均属于甲方所有，乙方仅可为履行本合同在甲方指定环境内处理，不得复制、下载、留存或用于其他目的。
（2）乙方人员访问系统须使用甲方分配的个人账号，经堡垒机登录，所有操作留存日志；禁止使用个人存储介质，远程运维须经甲方逐次审批。
（3）涉密档案及未开放档案的处理须遵守《档案法》及保密管理规定，乙方不得接触甲方未授权的档案内容。
（4）发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。

第七部分 保密
乙方及其人员对履行合同中知悉的档案信息、查档记录、系统口令及网络结构负有保密义务，不得向任何第三方披露；乙方驻场人员须签署保密承诺书，离场时交回门禁卡、账号及全部工作资料。保密义务不因合同终止而解除。

第八部分 知识产权
运维过程中形成的巡检报告、配置文档、运维脚本及优化程序归甲方所有，甲方可自由使用和修改。乙方自有的运维工具软件的知识产权仍归乙方，乙方应向甲方提供服务期内的免费使用授权。

第九部分 违约责任
（1）乙方未按期完成季度巡检、恢复演练或版本升级任务的，每逾期一日按合同总价的千分之一支付违约金。
（2）乙方未按约定派驻人员的，按每人每日¥600扣减费用。
（3）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限。

第十部分 分包
乙方不得将本合同服务转包或分包给他人。

第十一部分 合同解除
乙方严重违约，经甲方书面通知后7日内仍未改正的，甲方有权解除合同，并按已提供服务结算费用。
合同解除或期满时，乙方应向甲方或甲方指定的新服务商完成交接，移交全部账号、口令、配置文档、运维脚本和工单台账，交接期间不得中断服务，交接完成前甲方可暂缓支付尾款。

第十二部分 争议解决
本合同适用中华人民共和国法律。发生争议协商不成的，向甲方所在地人民法院起诉。

第十三部分 其他
本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。
双方指定的联系人及联系方式见附件，一方联系人变更的应书面通知对方；按附件地址送达的书面通知，自送达之日起生效。因不可抗力不能履行的，受影响方应及时通知对方，并在合理期限内提供证明。

甲方（盖章）：永州市档案馆　　代表：__________　　日期：2025年12月__日
乙方（盖章）：湖南典藏信息技术有限公司　　代表：__________　　日期：2025年12月__日
"""

Z05 = """# 冷链物流及门店配送管理软件许可与定制开发合同

> 链鲜科技标准合同文本 V4.0（乙方范本）

合同编号：LX-2026-HB-0112

**甲方（用户）**：湖北周香记食品股份有限公司　地址：武汉市东西湖区走马岭食品工业园8号

**乙方（供应商）**：湖南链鲜科技有限公司　地址：长沙市雨花区环保中路188号

甲方拟对其鸭脖等卤制品的冷链运输及门店配送进行信息化管理，乙方为冷链物流软件的开发商。双方经友好协商，就软件许可及定制开发事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供“链鲜冷链TMS”软件永久使用许可（含调度排线、车辆温控监测、仓储出入库、门店订货及签收模块）。

1.2 乙方根据甲方需求进行定制开发，包括：门店要货预测与自动补货、武汉及周边约1,300家门店的配送路线优化、冷藏车温度异常预警推送、与甲方ERP及门店收银系统的对接。

1.3 乙方负责软件部署、基础数据初始化及上线支持。

1.4 乙方为甲方调度员、仓库管理员、司机及门店店长提供一次集中培训（线上或线下），并提供操作手册电子版；额外培训按乙方人天单价另行收费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 链鲜冷链TMS软件永久许可（不限用户数，含200台车载温控终端接入授权） | 820,000 |
| 2 | 门店配送定制开发（要货预测、路线优化、预警推送、接口） | 180,000 |
| 3 | 部署实施及上线支持 | 60,000 |
| | **合同总价** | **1,060,000** |

合同总价为人民币壹佰零陆万元整，含增值税。车载温控终端硬件由甲方另行采购，不在本合同范围内；甲方服务器、数据库软件及网络费用亦由甲方自行承担。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即¥583,000，乙方收款后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即¥477,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付滞纳金，乙方有权暂停服务直至款项付清。

## 第四条 实施与上线

4.1 乙方在收到首笔款项后90日内完成部署和定制开发，具备上线条件。甲方应及时提供门店、车辆、线路等基础数据，并安排人员配合测试。

4.2 因甲方原因（包括需求变更、数据提供延迟、配合不及时）导致工期延误的，工期相应顺延，乙方不承担责任。

4.3 乙方将根据项目进展尽力按计划上线，但不对上线日期作出承诺。

4.4 甲方负责提供服务器、数据库、网络及车载终端通信等运行环境，运行环境须满足乙方提出的配置要求；因运行环境不满足要求导致的性能或故障问题，不属于乙方责任。

4.5 甲方需求以双方确认的需求说明书为准。需求说明书确认后的新增或变更需求，乙方按人天单价¥2,800另行报价，经甲方确认后实施。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 上线后甲方提出的问题，乙方在维护服务中处理，不影响验收结论及付款。

## 第六条 知识产权

6.1 链鲜冷链TMS软件及其升级版本的知识产权归乙方所有。

6.2 乙方为甲方定制开发的要货预测模型、路线优化算法、接口程序、源代码及相关文档，其知识产权归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。

## 第七条 免费维护期与维护服务

7.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程缺陷修复和咨询服务。

7.2 免费维护期满后，甲方应与乙方签订维护服务协议，年度维护费为软件许可费的25%，即每个维护年度¥205,000，于每个维护年度开始前一次性支付。甲方不续签维护服务的，乙方不再提供补丁、升级及技术支持。

7.3 故障响应：一级故障（调度或门店订货无法使用）乙方在接到报修后8小时内响应；二级故障2个工作日内响应；一般问题在后续版本中统一处理。

7.4 乙方每季度发布一次软件升级版本，免费维护期内及已付维护费期间甲方可免费升级；定制开发部分如因升级需要适配，乙方另行报价。

7.5 乙方不因故障响应或修复超时向甲方承担扣款、赔偿或违约责任。

## 第八条 数据

8.1 甲方在使用本软件过程中录入和产生的业务数据归甲方所有。

8.2 甲方同意，乙方可以对甲方的配送、温控、门店要货等数据进行脱敏处理后，用于乙方产品优化、算法训练及冷链行业分析报告，该项使用在本合同终止后继续有效。

8.3 乙方应采取防火墙、访问控制、数据加密及日志审计等必要的安全措施保护甲方数据；发生数据泄露的，乙方应在24小时内通知甲方；因乙方原因造成泄露的，乙方承担相应的赔偿责任。

8.4 合同终止后，甲方可在30日内申请导出其业务数据，乙方按标准格式提供一次导出服务；超过该期限的，乙方有权清理相关数据。

## 第九条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内继续有效。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任总额，以合同总价的20%为限。

10.2 乙方对因甲方操作不当、擅自修改系统配置、运行环境故障或第三方软硬件造成的损失不承担责任。

10.3 乙方不对甲方的间接损失、利润损失、商誉损失及货物变质损失承担责任。

## 第十一条 分包

乙方可以将部分实施、接口开发及现场支持工作交由其合作伙伴完成，并书面通知甲方即可，乙方对合作伙伴的工作质量负责。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除合同。因甲方原因解除的，已付款项不予退还；因乙方原因解除的，乙方退还甲方已付款项中未交付部分对应的金额。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

14.2 因不可抗力、网络运营商故障、第三方地图或短信服务中断导致无法履行的，受影响方不承担责任。

14.3 本合同为乙方标准文本，甲方签署即表示已阅读并同意全部条款。

甲方（盖章）：湖北周香记食品股份有限公司　　授权代表：__________

乙方（盖章）：湖南链鲜科技有限公司　　授权代表：__________

签订日期：2026年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HBT-QD-2026-04
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Havbruk Data AS, a company incorporated in Norway with its registered office at Strandkaien 14, 4005 Stavanger, Norway (the "Vendor"); and
P:(2) Qingdao Haiyue Seafood Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 66 Jinshui Road, Chengyang District, Qingdao, Shandong Province (the "Customer").
P:Background: the Customer operates three seafood processing plants in Qingdao and Rongcheng and wishes to replace its paper-based batch records with a production, quality and traceability system. The Vendor develops and licenses such software to fish and seafood processors. Following the Customer's request for proposal and the Vendor's proposal dated 12 January 2026, the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FjordTrace production and traceability software in the version current at delivery, with the modules listed in Article 3.
P:1.2 "Custom Deliverables" means the interfaces, label templates, reports and configuration developed by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Go-Live" means the first day on which the Software is used for live production records in all three plants.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.
P:1.5 "Support Year" means each successive period from an anniversary of the end of the Warranty Period to the day before the next anniversary.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's three plants and head office for the Customer's own business, without limit on the number of users.
P:2.2 The Vendor shall install and configure the Software on the Customer's servers in Qingdao, develop the Custom Deliverables, integrate the Software with the Customer's Kingdee ERP and with 46 weighing scales and 12 label printers, migrate open batch data, train the Customer's staff and support the Go-Live.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The total contract price is CNY 1,860,000 (the "Contract Price"), inclusive of all taxes, travel and expenses, made up as follows:
P:(a) perpetual licence, FjordTrace Core for three plants: CNY 900,000;
P:(b) perpetual licence, Quality and HACCP module: CNY 210,000;
P:(c) perpetual licence, Cold Store and Warehouse module: CNY 150,000;
P:Licence Fee subtotal: CNY 1,260,000;
P:(d) implementation and configuration services: CNY 420,000;
P:(e) ERP, scale and printer integration: CNY 150,000;
P:(f) training of key users and administrators: CNY 30,000.
P:3.2 The Licence Fee subtotal is the basis for the annual support fee in Article 8.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 372,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 837,000) within 30 days after Go-Live. Go-Live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 651,000) within 30 days after Final Acceptance.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature of this Agreement, in line with the project plan agreed at the kick-off meeting.
P:5.2 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Delay damages do not relieve the Vendor of its obligation to complete the work.
P:5.3 Delays caused by the Customer's failure to provide resources on time extend the dates accordingly, provided that the Vendor notified the Customer in writing promptly.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software runs in production for a stabilisation period of 45 days. At the end of that period the Customer carries out the acceptance tests set out in the acceptance test plan annexed to this Agreement.
P:6.2 The acceptance criteria are: (a) every production batch in the stabilisation period can be traced from raw material lot to finished-goods pallet and back within two minutes; (b) weights captured from the scales match the scale displays; (c) ERP postings reconcile with the Software's records for the period; (d) all Custom Deliverables work as specified; and (e) no Severity 1 defect occurred in the last 20 days of the stabilisation period.
P:6.3 If the criteria are met, the Customer issues a Final Acceptance certificate within ten business days. If they are not met, the Vendor corrects the defects at its cost and the tests are repeated. Productive use of the Software, Go-Live or any payment does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specifications for a warranty period of eighteen (18) months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct defects, deliver new versions and patches of the Software and provide support under Article 9 free of charge.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Fee subtotal, that is CNY 138,600 per Support Year, fixed for the first three Support Years.
P:8.2 After the third Support Year any change in the fee shall be agreed in writing and shall not exceed 3% per Support Year. Support is ordered by purchase order each Support Year and does not renew automatically.
P:8.3 Annual support includes the same services as in Article 9, new versions and legal updates for Chinese food traceability requirements.
H:Article 9 Service Levels
P:9.1 The Vendor provides support by telephone, e-mail and remote session from its Stavanger office and through its service partner in Shanghai, in Chinese and English.
P:9.2 Severity 1 (production recording stopped in a plant): response within one hour and a workaround or fix within eight hours, around the clock. Severity 2 (a module impaired): response within two hours during business hours and a fix within three business days. Severity 3: response within one business day and correction in the next release.
P:9.3 For each hour by which the Vendor exceeds the Severity 1 response or fix time, the Vendor shall pay the Customer CNY 1,000, deducted from the next payment or support fee.
H:Article 10 Intellectual Property
P:10.1 The Software remains the property of the Vendor and its licensors. The Customer's rights in it are those granted in Article 2.1.
P:10.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall hand over their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 11 Customer Data and Data Security
P:11.1 All data entered into or generated by the Software, including production, supplier and customer records, belongs to the Customer. The Vendor may process it only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:11.2 The Software is hosted on the Customer's servers in China. The Vendor's staff access the system only through the Customer's VPN with individual accounts and multi-factor authentication, after approval of each session. No Customer data may be copied or transferred outside the Customer's systems.
P:11.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, notify the Customer within 12 hours after becoming aware of any security incident affecting Customer data, take all remedial steps and be liable for all losses caused by its breach of this Article.
H:Article 12 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including recipes, process parameters, prices and customer lists, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Article 13 Liability
P:The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Articles 11 and 12.
H:Article 14 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. Its Shanghai service partner named in the proposal is approved by signature of this Agreement. The Vendor remains responsible for all subcontractors.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:15.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the payments received for the parts not accepted.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Norway.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the rules of the Arbitration Institute of the Oslo Chamber of Commerce. The seat of arbitration is Oslo, and the language is English.
H:Article 17 General
P:17.1 This Agreement, with its annexes (project plan, acceptance test plan, functional specification), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:17.2 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and mitigates the effects.
P:For Havbruk Data AS: ____________________  Name: Eirik Solheim, Managing Director  Date: __________
P:For Qingdao Haiyue Seafood Processing Co., Ltd.: ____________________  Name: Wang Lijun, General Manager  Date: __________
"""

E02 = """# ORDER FORM — HEIMA ENERGY CLOUD

**Order Form No.** HE-CN-2026-019

| | |
|---|---|
| **Vendor** | Heima Analytics ehf., Borgartún 26, 105 Reykjavík, Iceland |
| **Customer** | Chengdu Jinrong Property Management Co., Ltd., 88 Tianfu Avenue North, Gaoxin District, Chengdu, Sichuan |
| **Service** | Heima Energy Cloud — building energy monitoring, metering analytics and fault detection, software as a service |
| **Scope** | 46 office and residential buildings managed by the Customer in Chengdu (list in Annex 1), up to 9,000 metering points |
| **Subscription Term** | Three Subscription Years, from 1 June 2026 to 31 May 2029 |
| **Hosting** | Alibaba Cloud, Chengdu region (mainland China) |

## Fees

At the Customer's request all fees are in Chinese yuan (CNY) and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | CNY 264,000 per Subscription Year × 3 | 792,000 |
| Onboarding (meter mapping, data connectors, dashboards, training) | one-time | 48,000 |
| **Total Contract Value** | | **840,000** |

**Invoicing.** The Subscription Fee is invoiced quarterly in arrears (CNY 66,000 per quarter), payable within 30 days of invoice. The Onboarding fee is invoiced after Onboarding Acceptance under Section 3.2. No amount is payable before the Subscription Start Date.

**Additional metering points** above the included 9,000 are charged at CNY 2.40 per point per month, invoiced quarterly in arrears.

This Order Form is governed by the Heima General Terms below. If they conflict, this Order Form prevails.

Signed for the Vendor: ____________________ (Guðrún Helgadóttir, Chief Executive Officer)

Signed for the Customer: ____________________ (Li Wen, General Manager)

---

# HEIMA GENERAL TERMS (CHINA EDITION)

## Section 1 Definitions

1.1 "Service" means the Heima Energy Cloud platform and the related support described in this Order Form and these General Terms.

1.2 "Customer Data" means all meter readings, building information, tenant information, alarms and other data provided by the Customer or collected from the Customer's buildings through the Service.

1.3 "Subscription Year" means each successive period starting on 1 June during the Subscription Term.

1.4 "Customer Deliverables" means the dashboards, reports, alarm rules and meter mappings configured specifically for the Customer.

## Section 2 The Service

2.1 The Vendor grants the Customer and its staff the right to use the Service during the Subscription Term for the Customer's property management business.

2.2 The Vendor shall keep the Service compliant with applicable PRC law, including cybersecurity, data and personal information laws, and shall maintain its MLPS level 3 filing for the hosting environment.

2.3 The Vendor may improve the Service from time to time, provided that no improvement materially reduces the functions subscribed. The Vendor shall announce material changes to the user interface or the data connectors at least 30 days in advance and keep a sandbox available so that the Customer can test them.

## Section 3 Onboarding and Acceptance

3.1 The Vendor shall complete onboarding within 60 days after the Subscription Start Date: map all metering points, connect the Customer's existing meter gateways, build the dashboards listed in Annex 2 and train the Customer's engineers.

3.2 Onboarding Acceptance requires that (a) readings from every metering point in Annex 1, except points reported faulty by the Customer, arrive in the Service at fifteen-minute intervals for ten consecutive days; (b) monthly consumption per building reconciles with the utility bills for the previous month within 2%; and (c) the Annex 2 dashboards and alarm rules work as described. The Customer confirms Onboarding Acceptance in writing within five business days after successful tests. Use of the Service before that confirmation is not acceptance.

3.3 If onboarding is not completed on time for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 600 for each day of delay.

## Section 4 Service Levels

4.1 Availability. The Vendor shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 01:00 and 05:00 Beijing time.

4.2 Support. The Vendor provides a Chinese-language support desk through its Chengdu partner. Priority 1 incidents (Service unavailable, or data collection stopped for more than ten buildings): response within 30 minutes, around the clock, and restoration within six hours. Priority 2 incidents: response within two hours during business hours. Priority 3 requests: response within one business day.

4.3 Service Credits. If monthly availability falls below the commitment in Section 4.1, the Customer receives a credit of 5% of that quarter's Subscription Fee for each 0.1 percentage point, or part of it, below the commitment. Each Priority 1 incident not restored within six hours gives a further credit of 2%. Credits are deducted from the next invoice.

## Section 5 Customer Responsibilities

5.1 The Customer shall (a) give the Vendor timely access to its meter gateways and building drawings; (b) appoint an energy manager as the single point of contact; (c) keep its user credentials secure and promptly disable accounts of staff who leave; and (d) use the Service in accordance with the documentation and applicable law.

## Section 6 Reporting

6.1 The Vendor shall provide a monthly service report by the tenth day of each month, showing measured availability, incidents and their resolution times, credits earned, data completeness per building and open change requests. The parties shall hold a review meeting each quarter to discuss the report, energy-saving findings and planned improvements.

## Section 7 Customer Data

7.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only to provide the Service to the Customer and in accordance with the Customer's instructions, and shall not use it for any other purpose.

7.2 The Vendor shall store Customer Data only in mainland China and protect it with encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logged access. The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate in its investigation and remediation, and bear the losses caused by an incident resulting from its breach of this Section 7.

7.3 On expiry or termination the Vendor shall provide a full export of Customer Data in CSV format within 30 days and then delete it, certifying the deletion in writing.

## Section 8 Intellectual Property

8.1 The Vendor and its licensors own the Service and all related software and documentation.

8.2 The Customer Deliverables belong to the Customer, which may use, modify and disclose them freely, including to a successor provider.

## Section 9 Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received in connection with this Order Form, use it only for this Order Form and not disclose it to any third party except its professional advisers bound by similar duties. This obligation continues for three years after the end of the Subscription Term.

## Section 10 Subcontractors

10.1 The Vendor may use subcontractors and sub-processors, including its Chengdu support partner and its hosting provider, to perform the Service. The Vendor will notify the Customer by email of any new subcontractor or sub-processor before it starts work.

10.2 The Vendor remains responsible for the acts and omissions of its subcontractors and sub-processors as for its own.

## Section 11 Limitation of Liability

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 The Vendor's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

11.3 Section 11.2 does not apply to death or personal injury, fraud or wilful misconduct.

## Section 12 Term and Termination

12.1 This Order Form runs for the Subscription Term and ends at the end of the third Subscription Year. Any renewal requires a new Order Form signed by both parties.

12.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.3 The Customer may also terminate by written notice if three or more Priority 1 incidents are not restored within six hours in any Subscription Year.

12.4 On termination for the Vendor's breach, the Vendor refunds any prepaid fees for the period after termination.

## Section 13 Governing Law and Disputes

13.1 These General Terms and the Order Form are governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules in force at the time. The award is final and binding on both parties.

## Section 14 General

14.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly.

14.2 Notices must be in writing and sent to the addresses in the Order Form. Amendments require the written agreement of both parties.

14.3 The Order Form and these General Terms are the entire agreement between the parties for the Service.

**Annex 1** List of buildings and metering points. **Annex 2** Dashboards and alarm rules.
"""

E03 = """T:Supply and Installation Contract for Water-Quality Monitoring Equipment
P:Contract No. YTHY-EQ-2026-012
P:Buyer: Yantai Haiyang Marine Ranching Co., Ltd., 19 Binhai Middle Road, Laishan District, Yantai, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Nordlýsi Sensor Sp/f, Vestara Bryggja 7, FO-100 Tórshavn, Faroe Islands (the "Supplier").
P:The Buyer operates a sea ranch of 1,100 hectares off Yantai with net pens and artificial reefs. After a comparison of offers, the Buyer has selected the Supplier to supply, install and commission a real-time water-quality monitoring network. This contract is the Buyer's standard equipment contract, completed with the Supplier's offer of 20 January 2026.
H:1. Definitions
P:1.1 "Equipment" means the buoys, probes, gateways and accessories listed in Clause 3, and "Software" means the monitoring software licensed under Clause 3.
P:1.2 "Installation Certificate" means the Buyer's written confirmation that all Equipment has been moored, connected and switched on.
P:1.3 "Final Acceptance" means the Buyer's written acceptance certificate under Clause 6.
P:1.4 "Monitoring Data" means all measurements, positions, images, alarms and logs produced by the Equipment and the Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply new Equipment of its current production, license the Software, moor and install the buoys at the positions in Annex 1, configure the Software on the Buyer's server in Yantai, connect it to the Buyer's aquaculture management platform and train the Buyer's staff.
P:2.2 The Equipment shall be suitable for continuous use in the Yellow Sea, including winter sea ice at the pen edges, water temperatures between -2 °C and 28 °C, and wave heights up to 6 metres.
P:2.3 Training covers two courses in Yantai: one for the Buyer's technicians (cleaning, calibration, replacement of probes and batteries, basic fault finding) and one for farm managers (dashboards, alarm thresholds, reports). The Supplier provides course material in Chinese.
P:2.4 Before shipment the Supplier shall test every buoy and probe at its works in Tórshavn and send the test reports and calibration certificates to the Buyer. The Buyer may attend the factory tests at its own cost.
H:3. Contract Price
P:3.1 The contract price is stated in Chinese yuan (CNY) and is fixed. It includes all taxes, import duties, freight to site, insurance, mooring materials and the Supplier's travel costs.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor buoy (dissolved oxygen, temperature, salinity, pH, chlorophyll, turbidity)|8|96,000|768,000
TB:2|Depth-profile dissolved-oxygen probe|40|6,500|260,000
TB:3|Shore gateway with 4G and microwave backhaul|2|38,000|76,000
TB:4|Monitoring software, perpetual licence|1|112,000|112,000
TB:|Equipment and Licence Subtotal|||1,216,000
TB:5|Mooring, installation and commissioning|1|146,000|146,000
TB:6|Training|1|18,000|18,000
TB:|Contract Price|||1,380,000
P:3.2 The Equipment and Licence Subtotal of CNY 1,216,000 is the basis of the annual maintenance fee in Clause 8.
H:4. Payment
P:4.1 No advance payment is made.
P:4.2 The Buyer pays 65% of the Contract Price (CNY 897,000) within 30 days after issuing the Installation Certificate and receiving the Supplier's invoice. The Installation Certificate is not acceptance.
P:4.3 The Buyer pays the remaining 35% of the Contract Price (CNY 483,000) within 30 days after Final Acceptance.
H:5. Delivery, Installation and Delay
P:5.1 The Supplier shall deliver the Equipment to the Buyer's pier in Yantai within 90 days after signature and complete installation within 30 days after delivery, subject to safe sea conditions recorded by the Buyer's vessel master.
P:5.2 The Supplier is responsible for export formalities, and the Buyer assists with import declarations. Risk in the Equipment passes to the Buyer on issue of the Installation Certificate.
P:5.3 If the Supplier delays delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the maximum is reached, the Buyer may terminate this contract under Clause 14.
H:6. Acceptance
P:6.1 After the Installation Certificate the monitoring network runs for a trial period of 30 days.
P:6.2 Final Acceptance requires that: (a) every buoy and probe reports at the configured ten-minute interval on at least 29 of the 30 trial days; (b) dissolved-oxygen readings deviate from the Buyer's calibrated hand-held meter by no more than 0.3 mg/L in three spot checks per buoy; (c) low-oxygen alarms reach the Buyer's duty phones within two minutes in a live test; (d) data appear correctly in the Buyer's aquaculture management platform; and (e) all documents in Annex 2 have been delivered.
P:6.3 If the criteria are met, the Buyer issues the Final Acceptance certificate within seven days. Otherwise the Supplier corrects the defects at its cost and the trial is repeated for the affected items. Installation, use of the Equipment or payment does not mean acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for twenty-four (24) months from Final Acceptance. During the warranty the Supplier repairs or replaces defective items free of charge, including parts, labour, boat time and shipping, and supplies Software updates.
P:7.2 Consumables (membrane caps, anti-fouling wipers, batteries) are replaced free of charge during the warranty when they fail before their rated life.
H:8. Maintenance after Warranty
P:8.1 After the warranty the Buyer may order annual maintenance at 7% of the Equipment and Licence Subtotal, that is CNY 85,120 per year, fixed for the first three maintenance years.
P:8.2 Maintenance is ordered by a separate purchase order for each year and does not renew automatically. It includes two sensor calibration visits per year, repairs, Software updates and the service levels in Clause 9.
H:9. Service Levels
P:9.1 The Supplier provides remote support in Chinese and English through its service partner in Qingdao.
P:9.2 Severity 1 (loss of data from three or more buoys, or alarms not delivered): response within one hour and a technician on site within 24 hours, weather permitting. Severity 2 (a single buoy or probe failing): response within eight business hours and repair within five days. Severity 3: response within two business days.
P:9.3 If the Supplier misses a Severity 1 response or on-site time, it pays the Buyer CNY 500 for each hour of delay, deducted from the next payment or maintenance fee.
H:10. Monitoring Data and Data Security
P:10.1 The Monitoring Data belong to the Buyer. The Supplier may access them only to install, support and maintain the Equipment and Software, and shall not copy, keep or use them for any other purpose.
P:10.2 The Software runs on the Buyer's server in Yantai. The Supplier accesses it only through the Buyer's VPN with individual accounts, for approved maintenance sessions, and all access is logged. Gateways send data only to the Buyer's server.
P:10.3 The Supplier shall notify the Buyer within 12 hours after becoming aware of any security incident affecting the Monitoring Data or the Equipment, take remedial measures, and bear the Buyer's losses caused by its breach of this Clause.
H:11. Intellectual Property
P:11.1 The Equipment firmware and the Software remain the property of the Supplier, and the Buyer has a perpetual licence to use them with the Equipment.
P:11.2 The interface to the Buyer's aquaculture management platform, the alarm rules and the reports configured for the Buyer belong to the Buyer, which may use and modify them freely and have them maintained by others.
H:12. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this contract, including the Buyer's stock, feeding and site data, use it only for this contract and not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:13. Liability and Subcontracting
P:13.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Clauses 10 and 12.
P:13.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The mooring contractor named in the offer is approved by signature of this contract. The Supplier remains responsible for all subcontractors.
H:14. Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Clause 5.3 reach their maximum. The Supplier then refunds payments for Equipment not accepted and removes it at its own cost.
H:15. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Yantai Arbitration Commission for arbitration in Yantai. The award is final.
H:16. General
P:16.1 Neither party is liable for delay caused by force majeure, including storms that prevent work at sea, provided it notifies the other party promptly.
P:16.2 Annexes: Annex 1 buoy positions; Annex 2 documents to be delivered; Annex 3 technical specifications. This contract is made in English in two originals.
P:For the Buyer: ____________________ (Zhang Haitao, General Manager)    For the Supplier: ____________________ (Jógvan Joensen, Director)
"""

E04 = """# MANAGED SERVICES AGREEMENT

**Agreement No.** DIT-HZ-2026-07

This Managed Services Agreement is made between **Daugava IT Services SIA**, registered in Latvia, Krišjāņa Valdemāra iela 62, Riga, LV-1013 ("Provider"), and **Hangzhou Qingyi Apparel E-commerce Co., Ltd.**, 1888 Jianghui Road, Binjiang District, Hangzhou, Zhejiang ("Customer").

The Customer sells clothing online and through 14 showrooms and has about 620 employees. It wishes to outsource its IT service desk, end-user device management and Microsoft 365 administration. The Provider runs these services for customers in Europe and Asia from Riga and through its delivery centre in Hangzhou. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the day after Transition Acceptance under Clause 4.

1.3 "Minimum Term" means the period of 24 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives or can access in performing the Services, including user accounts, e-mail, files on managed devices and tickets.

1.5 "Runbooks" means the operating procedures, scripts, device configurations and knowledge articles written by the Provider for the Customer's environment.

## 2. Services

2.1 From the Service Commencement Date the Provider shall perform the Services in accordance with Schedule 1 and the service levels in Schedule 3.

2.2 The Provider shall assign a service delivery manager who speaks Chinese and is based in Hangzhou, and shall staff the service desk from its Hangzhou delivery centre during the hours in Schedule 1.

2.3 The Customer shall give the Provider the administrative access rights, licences and information reasonably needed for the Services, and shall tell its employees to use the service desk as their single point of contact for IT issues.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. At the Customer's request all charges are in Chinese yuan (CNY) and include VAT. The Monthly Service Charge is CNY 58,000, so that the charges for the Minimum Term are CNY 1,392,000. With the one-time Transition Charge of CNY 46,000 the total contract value is CNY 1,438,000.

3.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days. No amount is payable in advance.

3.3 The Monthly Service Charge covers up to 660 users. Each additional user is charged at CNY 85 per month, invoiced monthly in arrears.

## 4. Transition and Transition Acceptance

4.1 The Provider shall carry out the transition in the eight weeks after signature: take over ticket history from the current provider, enrol all laptops and mobile phones in the Provider's device management tool, document the environment in the Runbooks, and run the service desk in parallel with the current provider for the last two weeks.

4.2 Transition Acceptance requires that (a) at least 95 of every 100 Customer laptops report to the device management tool, with the remainder listed and explained; (b) the Runbooks listed in Schedule 1 have been delivered and reviewed by the Customer's IT manager; (c) the service desk has handled live tickets for ten working days without a missed Priority 1 response; and (d) the Customer's IT manager confirms the results in a signed Transition Acceptance certificate. Starting to use the service desk is not Transition Acceptance.

4.3 If Transition Acceptance is delayed beyond the date in the transition plan for reasons attributable to the Provider, the Provider shall pay CNY 1,000 for each day of delay.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 3 and report on them each month.

5.2 If the Provider misses a service level, the Customer receives the service credit in Schedule 3, deducted from the next invoice. Service credits in a month are limited to 20 per cent of that month's Monthly Service Charge.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not sell it or use it for its own purposes.

6.2 At the end of this Agreement the Provider shall return any Customer Data it holds in a common format and then delete its copies.

## 7. Intellectual Property

7.1 The Provider's tools, platforms and pre-existing materials remain the Provider's property.

7.2 The Runbooks and all reports prepared for the Customer belong to the Customer, which may use and modify them freely and give them to a successor provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's product designs, supplier prices, sales figures and employee information, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent.

8.2 The Provider shall ensure that its staff and approved subcontractors are bound by written confidentiality obligations at least as strict as this Clause 8. This Clause survives termination for three years.

## 9. Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

9.2 The Provider's total liability under this Agreement is limited to 150% of the total contract value stated in Clause 3.1. This limit does not apply to personal injury, fraud or wilful misconduct.

## 10. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor as for itself.

## 11. Term and Termination

11.1 This Agreement starts on signature and continues until the end of the Minimum Term. It then ends unless the parties sign a written extension; there is no automatic renewal.

11.2 Neither party may terminate this Agreement before the end of the Minimum Term. The Customer's remedies for any failure of the Services, including a material breach by the Provider, are the service credits under Clause 5 and a claim for damages under Clause 9; the Customer may not terminate this Agreement for such a failure.

11.3 On expiry the Provider shall provide exit assistance for up to 30 days at no extra charge: hand over the Runbooks, open tickets, device management records and administrative credentials to the Customer or its new provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The arbitral award is final and binding.

## 13. General

13.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.

13.2 Changes to the Services are agreed through the change procedure in Schedule 1 and become binding only when signed by both parties.

13.3 This Agreement, with its Schedules, is the entire agreement between the parties. It is signed in two originals in English.

Signed for Daugava IT Services SIA: ____________________ (Mārtiņš Ozols, Board Member)

Signed for Hangzhou Qingyi Apparel E-commerce Co., Ltd.: ____________________ (Chen Yuting, Chief Financial Officer)

---

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, chat and e-mail support in Chinese and English; ticket logging, first-line resolution, password resets, escalation | 08:00–22:00 every day |
| End-user devices | Enrolment, patching, software distribution, encryption status and replacement of laptops and mobile phones | business days |
| Microsoft 365 | User and licence administration, mailbox and Teams management, sharing policies | business days |
| Showroom support | Remote support for showroom tills and tablets; on-site visit in Hangzhou when remote fixing fails | 09:00–21:00 every day |
| Reporting | Monthly service report and quarterly service review with the Customer's IT manager | monthly / quarterly |
| Change procedure | Written change request, impact and price estimate within five working days, signed change note | as needed |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 46,000 |
| Monthly Service Charge | up to 660 users, per month × 24 | 1,392,000 |
| **Total contract value** | | **1,438,000** |
| Additional users | per user per month above 660, in arrears | 85 |

## Schedule 3 — Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit per miss |
|---|---|---|---|---|
| P1 | Outage affecting the online shop back office, e-mail for all users or more than 50 users | 15 minutes | 6 hours | 2% of the Monthly Service Charge |
| P2 | A showroom or a department unable to work | 1 hour | 1 business day | 1% of the Monthly Service Charge |
| P3 | A single user affected | 8 business hours | 3 business days | 0.5% of the Monthly Service Charge |

| Measure | Target | Credit |
|---|---|---|
| Calls answered within 60 seconds | 90% of calls each month | 2% of the Monthly Service Charge if missed |
| Laptops with current security patches | 95% of enrolled laptops | 1% of the Monthly Service Charge if missed |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. PWD-CN-2026-03

BETWEEN

Pohjola Weather Data Oy, a company registered in Finland, Business ID 2841567-3, Kauppurienkatu 12, 90100 Oulu, Finland ("Pohjola"); and

Tianjin Binhai Lengyun Cold Chain Logistics Co., Ltd., 300 Xinhua Road, Binhai New Area, Tianjin, People's Republic of China ("Customer").

BACKGROUND

The Customer runs a fleet of about 380 refrigerated trucks between Tianjin, Beijing, Hebei and the north-east of China. It wants road-weather forecasts and warnings along its routes in its transport management system, so that dispatchers can re-route trucks and adjust departure times before snow, ice, fog or heavy rain. Pohjola provides road-weather data for logistics companies through an application programming interface. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means Pohjola's Road Weather API, including the route forecast, point forecast, warning and historical data endpoints described in the API documentation.

1.2 "Data" means the forecasts, warnings, observations and other weather information delivered through the API.

1.3 "Customer Inputs" means the routes, vehicle positions, depot locations, delivery schedules and other information that the Customer sends to the API.

1.4 "Subscription Year" means each of the two successive periods of the Subscription Term, the first starting on the Subscription Start Date.

1.5 "Subscription Term" means the period from 1 July 2026 (the "Subscription Start Date") to 30 June 2028.

1.6 "Integration Acceptance" means the Customer's written confirmation under Clause 4.3.

2. SUBSCRIPTION AND LICENCE

2.1 Pohjola grants the Customer, during the Subscription Term, a non-exclusive, non-transferable right to call the API from the Customer's transport management system and to use the Data for the Customer's own logistics operations in China, for up to 1,500,000 API calls per month.

2.2 The Customer may display the Data to its dispatchers, drivers and customers in its own systems and reports. It may not resell the Data as a separate product or build a competing weather service from it.

2.3 Pohjola shall provide API keys for a test environment within five business days after signature and for the production environment on the Subscription Start Date.

3. FEES AND PAYMENT

3.1 The fees are stated in Chinese yuan (CNY) and include VAT:

  Subscription fee: CNY 186,000 per Subscription Year, for two Subscription Years = CNY 372,000
  Integration support (one-time): CNY 24,000
  Total contract value: CNY 396,000

3.2 The subscription fee is invoiced quarterly in arrears at CNY 46,500 per quarter. The integration support fee is invoiced after Integration Acceptance. Invoices are payable within 30 days after receipt. No fee is payable before the Subscription Start Date.

3.3 API calls above the monthly volume in Clause 2.1 are charged at CNY 0.02 per call, invoiced quarterly in arrears. Pohjola shall warn the Customer by e-mail when monthly usage reaches 90 per cent of the included volume.

4. INTEGRATION SUPPORT AND ACCEPTANCE

4.1 Pohjola shall support the Customer's IT team in integrating the API into the Customer's transport management system: a kick-off workshop in Tianjin, sample code, a mapping of the Customer's route format to the API, and technical support by e-mail and video call until Integration Acceptance.

4.2 If production API keys are not provided on the Subscription Start Date for reasons attributable to Pohjola, Pohjola shall pay the Customer CNY 300 for each day of delay, deducted from the next invoice.

4.3 Integration Acceptance requires that (a) route forecasts are returned for all 42 regular routes listed in Annex 1; (b) warnings for the test scenarios in Annex 2 appear on the dispatch screen; (c) the average response time of the route forecast endpoint measured by the Customer over five working days is less than two seconds; and (d) the Customer's IT manager signs the Integration Acceptance certificate. Use of the API in production before signature is not Integration Acceptance.

5. SERVICE AND SUPPORT

5.1 Pohjola will use commercially reasonable efforts to keep the API available and to deliver the Data in a timely manner.

5.2 Pohjola will answer support requests sent to its support e-mail address as soon as reasonably practicable. Pohjola will announce planned maintenance on its status page in advance where practicable.

5.3 The Data are forecasts and are provided as they are; Pohjola does not warrant that any forecast will prove accurate.

5.4 Pohjola may change the API, provided that it gives the Customer at least 60 days' notice by e-mail of any change that removes an endpoint or field used by the Customer, keeps the previous version running during that period and provides updated documentation and sample code.

5.5 The Customer shall keep its API keys secure, shall not share them with third parties, and shall tell Pohjola promptly if it believes a key has been disclosed. Pohjola may suspend a key that is being misused after notifying the Customer, and shall issue a replacement key without charge.

5.6 Pohjola shall send the Customer a short quarterly usage report showing API calls per endpoint, warnings issued for the Customer's routes and open support requests, and shall hold a review call with the Customer's logistics and IT managers each quarter.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs belong to the Customer. Pohjola shall process them only to provide the API to the Customer and shall not use them for any other purpose, including its own products or analyses, and shall not disclose them to third parties.

6.2 Pohjola shall process Customer Inputs on servers located in mainland China operated by its hosting provider in Beijing, keep them encrypted in transit and at rest, limit access to named engineers with multi-factor authentication, log all access and delete Customer Inputs after 90 days unless the Customer asks otherwise.

6.3 Pohjola shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law as they apply to vehicle positions and delivery addresses. Pohjola shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Inputs, take all reasonable remedial steps, and compensate the Customer for the losses caused by a breach of this Clause 6.

7. INTELLECTUAL PROPERTY

7.1 Pohjola and its licensors own the API and the Data.

7.2 The Customer's integration code, dashboards and reports belong to the Customer, including reports that contain Data, which the Customer may keep and use after the Subscription Term for its internal purposes.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including prices, routes, customer names and technical documentation, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent.

8.2 This Clause 8 continues to apply for three years after the end of the Subscription Term.

9. LIMITATION OF LIABILITY

9.1 Neither party is liable for indirect or consequential loss or for loss of profit.

9.2 Pohjola's total liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the six months before the event giving rise to the claim.

9.3 Clauses 9.1 and 9.2 do not apply to death or personal injury, fraud, wilful misconduct or breach of Clause 6.

10. SUBCONTRACTING

Pohjola shall not subcontract any part of its obligations without the Customer's prior written consent, except that its Beijing hosting provider named in Annex 3 is approved by signature of this Agreement. Pohjola remains responsible for any subcontractor.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a written agreement signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.3 On termination for Pohjola's breach, the Customer pays only for the period up to termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin in accordance with its rules. The award is final and binding on both parties.

13. GENERAL

13.1 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party promptly.

13.2 Notices shall be given in writing to the addresses above, by courier or by e-mail with confirmation of receipt.

13.3 This Agreement, with Annex 1 (regular routes), Annex 2 (warning test scenarios) and Annex 3 (approved hosting provider), is the entire agreement between the parties. Amendments require the written agreement of both parties. It is signed in English in two originals.

SIGNATURES

For Pohjola Weather Data Oy: ____________________  Name: Aino Karjalainen, Chief Executive Officer  Date: __________

For Tianjin Binhai Lengyun Cold Chain Logistics Co., Ltd.: ____________________  Name: Zhao Peng, General Manager  Date: __________
"""


FILES = {
    "z01": ("h474z01_audit_bureau_big_data_audit_platform.pdf", "zh", "pdf"),
    "z02": ("h474z02_auto_plant_paint_line_control_retrofit.docx", "zh", "docx"),
    "z03": ("h474z03_early_education_chain_scheduling_saas.txt", "zh", "txt"),
    "z04": ("h474z04_archives_access_system_annual_om.txt", "zh", "txt"),
    "z05": ("h474z05_duck_neck_cold_chain_software_supplier_template.md", "zh", "md"),
    "e01": ("h474e01_seafood_traceability_licence_norway_vendor.pdf", "en", "pdf"),
    "e02": ("h474e02_building_energy_saas_order_form_iceland_vendor.md", "en", "md"),
    "e03": ("h474e03_marine_ranch_water_quality_sensors_faroe_vendor.docx", "en", "docx"),
    "e04": ("h474e04_apparel_managed_it_services_latvia_vendor.md", "en", "md"),
    "e05": ("h474e05_cold_chain_road_weather_api_finland_vendor.txt", "en", "txt"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
# (category, terms, extra, tco design: (fee base, fee %, warranty months) or None, forum outside mainland, design rules)
LABELS = {
    "z01": ("software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2190000),
            (1180000, 8, 36), False, []),
    "z02": ("hardware",
            T(None, 0.5, True, "buyer", True, True, False, 0.03, None, 10, True, True, 24, 8, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1708000),
            (1206000, 8, 24), False, ["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
    "z03": ("cloud",
            T(99.5, 0.5, True, "buyer", True, True, True, 500 / 674800 * 100, 150, None, True, None, None, None, True,
              True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=674800),
            None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("services",
            # final_payment_on_acceptance relabelled None → True by the requester after the first run (the corpus convention
            # for a half-year and year-end schedule on the assessment, as h447z04)
            T(None, 6, True, "buyer", True, True, True, 0.1, 50, None, True, True, None, None, False, True, False,
              "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=428000),
            None, False, ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"]),
    "z05": ("software",
            T(None, 8, False, "supplier", True, False, True, None, 20, 55, False, False, 6, 25, False, True, True,
              "PRC", G),
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=1060000),
            (820000, 25, 6), False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
             "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software",
            T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
              "Norway", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1860000),
            (1260000, 11, 18), True, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud",
            T(99.95, 0.5, True, "buyer", True, True, True, 600 / 840000 * 100, 6 / 36 * 100, None, True, None, None,
              None, False, True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=840000),
            None, False, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": ("hardware",
            T(None, 1, True, "buyer", True, True, True, 0.1, 200, None, True, True, 24, 7, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1380000),
            (1216000, 7, 24), False, []),
    "e04": ("services",
            T(None, 0.25, True, "buyer", False, True, True, 1000 / 1438000 * 100, 150, None, True, None, None, None,
              False, False, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1438000),
            None, False, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("cloud",
            T(None, None, False, "buyer", True, True, True, 300 / 396000 * 100, 6 / 24 * 100, None, True, None, None,
              None, False, True, False, "PRC", S),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=396000),
            None, False, ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(value, tco):
    """policy §4: horizon 5 years from acceptance; fee base = itemised licence/hardware subtotal."""
    base, pct, wmonths = tco
    post_years = max(0.0, 5 - wmonths / 12)
    fees = post_years * base * pct / 100
    return fees / (value + fees) * 100


def my_rules(t, x, tco, forum_outside):
    """My own reading of policy.md §3 (not project code)."""
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
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if tco is not None and tco_share(x["contract_value"], tco) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUMCN = "〇零一二三四五六七八九十百千两"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)\s*(%|％|per\s*cent|percent)", r"九十九点九(?![" + NUMCN + "])",
    r"(?<![\d.])4\s*-?\s*(小时|个小时|hours?\b|hrs?\b|h\b)", r"(?<![" + NUMCN + "])四\s*个?\s*小时",
    r"four\s*-?\s*hours?", r"(?<![\d.])240\s*(分钟|min)",
    r"(?<![\d.])0\.05(?!\d)\s*(%|％|per\s*cent|percent)", r"万分之五(?![" + NUMCN + "点])",
    r"(?<![\d.])100(\.0+)?\s*(%|％|per\s*cent|percent)", r"百分之百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30(\.0+)?\s*(%|％|per\s*cent|percent)", r"百分之三十(?![" + NUMCN + "点])", r"三成",
    r"thirty\s*per\s*cent",
    r"(?<![\d.])12\s*-?\s*(个月|months?)", r"(?<![" + NUMCN + "])十二\s*个\s*月", r"twelve\s*-?\s*months?",
    r"(?<![" + NUMCN + "])一\s*年", r"\bone\s*-?\s*years?", r"(?<![\d.,])1\s*-?\s*years?\b",
    r"(?<![\d.])15(\.0+)?\s*(%|％|per\s*cent|percent)", r"百分之十五(?![" + NUMCN + "点])", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40(\.0+)?\s*(%|％|per\s*cent|percent)", r"百分之四十(?![" + NUMCN + "点])", r"四成",
    r"forty\s*per\s*cent",
    r"(?<![\d.,])5\s*-?\s*(年|years?)", r"(?<![" + NUMCN + "])五\s*年", r"five\s*-?\s*years?",
    r"(?<![\d.])60\s*-?\s*(个月|months?)", r"六十\s*个\s*月", r"sixty\s*months?",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["4小时", "四小时", "4 小时", "4 hours", "four hours", "240 分钟", "99.9%", "99.9 %", "0.05%", "0.05 %",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 months", "十二个月",
            "twelve months", "一年", "one year", "1 year", "15%", "15 per cent", "40%", "四成", "百分之四十", "5年",
            "5 年", "五年", "five years", "60 months", "百分之十五", "one hundred per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "130%",
             "140%", "0.055%", "2025年", "2026年", "万分之五十", "万分之八", "服务年度", "Subscription Year",
             "1,500,000", "45%", "35%", "65%", "十五年", "three years", "18 months", "24 months", "0.5 h"]


def hits(text):
    out = []
    for rx in RX:
        out += [m.group(0) for m in rx.finditer(text)]
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def label_json(key):
    name, lang, _ = FILES[key]
    cat, terms, extra, tco, forum, design = LABELS[key]
    rules = my_rules(terms, extra, tco, forum)
    assert rules == sorted(design), (key, rules, design)
    d = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
         "expected_extra": extra, "expected_rules": rules}
    return d, rules


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    bin_src = {k: SRC[k] for k in FILES if FILES[k][2] in ("docx", "pdf")}
    bin_tgt = {k: (FILES[k][0], FILES[k][2]) for k in bin_src}
    write(bin_src, bin_tgt, OUT, wrap_words=True)
    for k, (name, lang, kind) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    summary = []
    bad = []
    for k, (name, lang, kind) in FILES.items():
        text = read_back(OUT / name)
        n = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            bad.append((name, n))
        for label, v in list(variants(text).items()) + [("src-" + a, b) for a, b in variants(SRC[k]).items()]:
            h = hits(v)
            assert not h, (name, label, h)
        d, rules = label_json(k)
        for key, th in THRESH.items():
            assert d["expected_terms"][key] != th, (k, key)
        tco = LABELS[k][3]
        if tco:
            sh = tco_share(d["expected_extra"]["contract_value"], tco)
            assert not (38 <= sh <= 42), (k, sh)
        covered |= set(rules)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(d, indent=1, ensure_ascii=False), encoding="utf-8")
        summary.append((name, lang, n, rules, risk(rules), round(tco_share(d["expected_extra"]["contract_value"], tco), 2) if tco else None))
    assert not bad, bad
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = sorted(len(s[3]) for s in summary)
    for s in summary:
        print(*s, sep=" | ")


if __name__ == "__main__":
    main()
