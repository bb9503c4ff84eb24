"""holdout431: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks lengths, thresholds and rules.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Uses only ../word_pdf.py for .docx/.pdf.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, buyer's paper, 政府采购, compliant)
H431Z01 = """T:国土空间规划实施监督信息平台建设项目合同书
P:合同编号：LJZG-2025-CG-0417　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市自然资源和规划局
P:乙方（供应商）：浙江图衡信息科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就临江市国土空间规划实施监督信息平台（以下简称"平台"）的软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台基础软件的永久使用许可（市、区县两级部署，不限用户数），并按甲方需求完成规划指标监测、实施评估、预警提醒、"一张图"审批对接等定制开发，以及存量规划数据的治理入库、系统部署、培训。
P:1.2 平台部署于甲方政务云，详细功能清单及技术要求以招标文件第三章为准，作为本合同附件一。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾捌万元整（¥2,680,000），包含完成本项目所需的全部费用，甲方不再另行支付其他费用。分项如下：
P:（1）平台基础软件许可费：¥1,260,000；
P:（2）定制开发费（指标监测、实施评估、预警、审批系统接口）：¥980,000；
P:（3）数据治理与入库费：¥316,000；
P:（4）部署实施与培训费：¥124,000。
P:2.2 上述第（1）项为软件许可小计，是本合同第九条维护费的计费基数。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥536,000。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即¥1,206,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥938,000。
P:3.4 甲方因财政资金拨付原因延迟付款的，应及时书面告知乙方，乙方不得因此停止履行。
H:第四条 工期与交付
P:4.1 乙方应于合同签订后150日内完成全部定制开发、数据入库及部署，并提交初步验收申请。
P:4.2 乙方应组建不少于6人的项目团队，其中项目经理、技术负责人须为投标文件所列人员，开发期间驻场办公；更换关键人员须经甲方书面同意，且接替人员资历不得低于原人员。
P:4.3 乙方交付物包括：平台软件安装介质及许可文件、定制模块的源代码及编译说明、数据库设计文档、接口文档、用户手册、运维手册及培训材料。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：附件一所列功能逐项测试通过；存量规划数据入库后与原始成果逐图层比对，要素数量、属性及坐标一致；与"一张图"审批系统的接口连续运行10日无错误；200个并发用户下常用查询响应时间不超过3秒；第三方安全测评机构出具的等保二级测评报告无高风险项。
P:5.2 初步验收通过后进入90日试运行期。试运行期内未发生一级故障且累计二级故障不超过3次的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。整改及重新验收发生的费用由乙方承担，工期不因此顺延。
H:第六条 服务水平
P:6.1 质保期及维护期内，平台月可用率不低于99.95%（计划内维护时间除外，计划内维护须提前3个工作日经甲方同意）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或数据错误影响审批）30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能不可用）1小时内响应，24小时内解决；三级故障（一般问题）3个工作日内解决。
P:6.3 乙方未达到上述要求的，每超时1小时扣减¥1,000；月可用率每低于承诺值0.01个百分点扣减¥500。扣减款项从维护费或履约保证金中抵扣。
H:第七条 数据安全与数据权属
P:7.1 平台中的全部规划成果数据、业务数据、日志及衍生数据均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:7.2 乙方人员须经甲方审批并通过堡垒机访问平台，不得将数据导出至政务云以外；乙方应落实数据分级保护、操作审计、介质管理要求，遵守《数据安全法》《个人信息保护法》及测绘地理信息保密管理规定。
P:7.3 发生或可能发生数据泄露、损毁的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第八条 知识产权
P:8.1 定制开发成果（含源代码、文档、数据模型、接口程序）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再许可，无需另行付费。
P:8.2 平台基础软件的知识产权仍归乙方，甲方依本合同享有永久使用许可。
H:第九条 质保与维护
P:9.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和第六条规定的服务。
P:9.2 质保期满后，如甲方续购维护服务，年度维护费不超过软件许可小计的8%，即每年不超过¥100,800，该价格在质保期满后两个维护年度内固定不变；维护合同另行签订，不自动续期。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方未公开信息、涉密地理信息及工作秘密负有保密义务，未经甲方书面同意不得披露；保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还；乙方违约应支付的违约金、扣减款项，甲方可从履约保证金中直接扣收。
P:11.3 乙方交付物不符合合同约定的，应在甲方要求期限内免费更换或整改，并赔偿甲方由此造成的损失。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目转包或分包，不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，已完成部分按实际工作量结算。合同解除后，乙方应在15日内移交已完成的定制开发成果、源代码、文档及全部甲方数据，并配合甲方或其指定的第三方完成平台交接。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件一：功能清单及技术要求　附件二：分项报价表　附件三：驻场人员名单
P:甲方（盖章）：临江市自然资源和规划局　　乙方（盖章）：浙江图衡信息科技有限公司
P:法定代表人或授权代表：＿＿＿＿　　法定代表人或授权代表：＿＿＿＿
P:签订日期：2025年＿月＿日　　签订日期：2025年＿月＿日
"""

# ---------------------------------------------------------------- z02 (docx, Word price table; LD-LOW, LIABILITY-CAP, SUBCONTRACT)
H431Z02 = """T:冻干机控制系统改造及维保合同
P:合同编号：KT-SB-2025-063
P:甲方：冀南康泰制药有限公司（地址：石家庄市栾城区药谷路18号）
P:乙方：上海精控自动化工程有限公司（地址：上海市闵行区春东路508号）
P:鉴于甲方二车间现有两台LYO-20型冻干机的原控制系统已停产、备件短缺，且不满足《药品生产质量管理规范》计算机化系统附录关于审计追踪和电子记录的要求，甲方决定对其实施控制系统改造。经询价比选，甲方选定乙方承担本项目。双方订立本合同如下。
H:一、项目范围
P:（一）乙方负责两台冻干机控制系统的设计、供货、拆除旧系统、安装、编程、调试，提供冻干工艺监控及批记录软件许可，编制并执行验证文件（IQ/OQ/PQ），培训甲方操作及维护人员。
P:（二）改造后系统须实现：搁板温度、冷凝器温度、箱体真空度的闭环控制；冻干曲线配方管理；电子批记录及审计追踪；用户分级权限及电子签名；与甲方MES系统的数据接口。
H:二、合同价格
P:（一）本合同总价为人民币壹佰叁拾伍万元整（¥1,350,000），含税、运输、保险、安装及验证费用。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含冗余CPU、I/O模块）|2套|436,000
TB:2|HMI触摸屏及工控机|2套|128,000
TB:3|真空计、温度传感器及变送器|1批|164,000
TB:4|冻干工艺监控及批记录软件许可（永久）|2套|286,000
TB:|硬件及软件小计||1,014,000
TB:5|改造安装与调试|1项|218,000
TB:6|验证服务（IQ/OQ/PQ方案及报告）|1项|96,000
TB:7|培训|1项|22,000
TB:|合计||1,350,000
P:（二）表中"硬件及软件小计"为本合同第九部分维保费的计费基数。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款（¥270,000）。
P:（二）设备到货并经双方开箱清点后，甲方支付合同总价的35%（¥472,500）；到货清点不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的45%（¥607,500）。
H:四、工期
P:（一）乙方应在合同生效后60日内完成供货，并按甲方生产计划在停机窗口内完成现场改造，每台冻干机停机时间不超过21日。
P:（二）现场作业须遵守甲方洁净区管理、动火审批及安全生产制度。
P:（三）拆除的旧控制柜、仪表等物品归甲方所有，由乙方清点登记后移交甲方设备部。
P:（四）乙方应在改造前提交详细的施工方案、停机计划、风险评估及回退方案，经甲方工程部和质量部批准后方可实施；改造期间如发现原设备机械部分存在缺陷，乙方应及时书面告知甲方，由双方协商处理。
H:五、验收
P:（一）验收依据：本合同、用户需求说明（URS）、经甲方质量部批准的验证方案。
P:（二）验收标准：IQ、OQ全部项目合格；空载运行时搁板温度控制精度±1℃，真空度控制偏差不超过设定值的±5%；审计追踪、电子签名功能符合附录要求；连续三个商业批次生产的冻干曲线、批记录完整准确，产品检验合格（PQ）。
P:（三）上述条件全部满足后，甲方出具最终验收报告。设备安装完成或投入试生产均不视为验收合格。
P:（四）验收不合格的，乙方应在10日内整改并承担由此产生的费用，整改后重新验收；同一项目两次验收仍不合格的，甲方有权解除合同，要求乙方拆除设备、恢复原状并退还已付款项。
P:（五）乙方应随系统交付电气原理图、I/O清单、程序备份、功能说明书、验证方案及报告、操作和维护手册，中文纸质版一式三份并附电子版，上述文件经甲方质量部审核后作为验收资料归档。
H:六、服务水平
P:（一）一级故障（冻干机停机或在产批次中断）：乙方30分钟内电话响应，6小时内工程师到场；二级故障（功能异常但不中断生产）：2小时内响应，48小时内解决。
P:（二）乙方响应或到场超时的，每超时1小时向甲方支付¥2,000。
P:（三）乙方应提供7×24小时服务热线及远程诊断支持，每次故障处理完毕后2个工作日内提交故障分析报告，说明原因、处理过程及预防措施；同类故障一个季度内重复发生两次以上的，乙方应提出整改方案并经甲方确认。
H:七、数据安全与知识产权
P:（一）系统产生的批记录、审计追踪、工艺参数、配方及日志均属于甲方所有，乙方仅为履行本合同使用，不得复制、带离或向第三方提供。
P:（二）乙方远程访问须经甲方逐次审批并全程录像；乙方应落实账户管理、备份及防病毒措施，发现数据丢失、篡改或泄露的，应在2小时内通知甲方；因乙方原因导致数据安全事件的，乙方承担赔偿责任。
P:（三）乙方为本项目编写的PLC程序、HMI画面、配方模板及接口程序的知识产权归甲方所有，乙方交付全部源程序，甲方可自行修改使用；软件许可对应的标准产品知识产权仍归乙方。
P:（四）双方对在合作中获悉的对方技术资料、工艺配方及商业信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。
H:八、质保
P:（一）质保期为二十四个月，自最终验收之日起算。质保期内乙方免费维修、更换硬件并提供软件缺陷修复。
P:（二）甲方有权在质保期内对乙方服务进行年度评价，评价内容包括响应及时性、故障处理质量和巡检完成情况，评价结果作为维保续购的参考。
P:（三）乙方应为甲方培训操作人员不少于16人、维护人员不少于6人，培训内容包括系统操作、配方管理、报警处理、审计追踪查阅及常见故障排除，培训后进行考核，并提交培训记录。
P:（四）质保期内乙方应每半年进行一次预防性巡检，校准关键传感器并出具巡检报告；乙方应在国内保有不少于两套关键备件，保证停产后至少八年的备件供应。
H:九、质保期后维保
P:（一）质保期满后，甲方可按年购买维保服务，年度维保费为硬件及软件小计的9%，即每年¥91,260，三个维保年度内不调整。维保服务不自动续期，以双方签署的年度订单为准。
H:十、分包
P:（一）乙方可将现场电气安装、桥架及布线工作分包给具备相应资质的单位，但应提前书面通知甲方，并对分包方的工作质量及安全承担责任。
H:十一、违约责任
P:（一）乙方逾期交付或逾期完成改造的，每逾期一日，按合同总价的万分之三支付违约金。
P:（二）乙方对本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的50%。
P:（三）因乙方原因造成甲方产品报废的，乙方应在前款限额内赔偿。
H:十二、合同解除
P:（一）一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除合同并要求赔偿。
H:十三、不可抗力
P:（一）因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响方应在3日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：冀南康泰制药有限公司　　代表：＿＿＿＿
P:乙方（盖章）：上海精控自动化工程有限公司　　代表：＿＿＿＿
P:日期：2025年＿月＿日
"""

# ---------------------------------------------------------------- z03 (txt; AUTO-RENEWAL, SLA-AVAILABILITY)
H431Z03 = """花间集门店订单及配送管理系统
SaaS服务及实施合同

甲方：成都花间集花艺连锁有限公司
地址：成都市锦江区东大街紫东楼段66号
乙方：杭州云朵订单科技有限公司
地址：杭州市余杭区文一西路1218号

甲方在成都市经营23家花店门店及一个中心花仓，为统一管理线上线下订单、花材库存及同城配送，拟订阅乙方"云朵花礼"订单及配送SaaS服务，并委托乙方实施上线。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方23家门店及总部提供"云朵花礼"SaaS服务，包括：门店收银及订单管理、微信小程序及第三方外卖平台订单汇聚、花材库存与损耗管理、配送派单及骑手轨迹、会员及储值管理、总部经营报表。
1.2 乙方负责实施：系统开通与参数配置、甲方现有会员及订单历史数据迁移、小程序页面配置、与甲方财务软件的凭证接口、门店人员培训及上线保障。
1.3 服务期为两个服务年度，自上线验收合格之日起算。
1.4 服务期内，乙方应指派一名客户成功经理作为甲方的固定联系人，每月提交服务报告（含可用率、故障记录、订单量统计），并在每个服务年度开始前与甲方共同制订节日大促保障方案。
1.5 乙方应按甲方门店经营的实际需要持续优化系统，常规版本更新应至少提前7日通知甲方，并在测试门店试用通过后方可全面推送；版本更新不得减少已开通的功能。

2. 费用
2.1 本合同总价为人民币351,400元，明细如下：
（1）门店订阅费：23家 × 4,800元/门店/服务年度 × 2个服务年度 = 220,800元；
（2）总部管理模块订阅费：36,000元/服务年度 × 2个服务年度 = 72,000元；
（3）一次性实施费：58,600元。
2.2 甲方在服务期内新增门店的，按每家4,800元/服务年度的单价按月折算计费；减少门店的，自次季度起相应减少。
2.3 短信通知按实际发送量另行结算（每条0.045元），不计入合同总价。

3. 付款
3.1 实施费在上线验收合格后15个工作日内一次性支付。
3.2 订阅费按季度支付，每季度结束后15个工作日内，甲方根据乙方提供的服务报告及发票支付当季订阅费36,600元。
3.3 甲方无须支付任何预付款。

4. 实施与验收
4.1 乙方应在合同签订后45日内完成实施并提交上线验收申请。
4.2 上线验收标准：23家门店及中心花仓全部开通并完成收银、下单、派单全流程测试；历史会员（约4.6万人）及储值余额迁移后与原系统逐户核对一致；小程序及两家外卖平台订单自动汇聚，订单丢失率为零；高峰期（情人节模拟压测，每分钟300单）页面响应不超过3秒；财务凭证接口连续10个营业日对账无差错。
4.3 甲方在收到验收申请后7个工作日内组织验收并签署验收单。系统开通或门店试用不视为验收合格。
4.4 乙方逾期完成实施的，每逾期一日向甲方支付违约金300元。
4.5 乙方应为每家门店的店长及收银人员提供不少于两次现场培训，为总部运营、财务人员提供专项培训，并提供操作视频及图文手册；上线后首月安排专人驻场保障，及时处理门店反馈的问题。

5. 服务水平
5.1 乙方承诺系统月可用率不低于99.5%，计划内维护应安排在凌晨1:00至5:00，并提前48小时通知甲方；情人节、七夕、母亲节前后各3日不得安排计划内维护。
5.2 故障响应：一级故障（全部门店无法下单或收银）30分钟内响应、2小时内恢复；二级故障（部分门店或单个模块不可用）1小时内响应、8小时内恢复；三级故障2个工作日内解决。
5.3 月可用率低于承诺值的，乙方按当月订阅费的5%向甲方提供服务抵扣；低于98%的，按当月订阅费的10%抵扣；一级故障超过恢复时限的，每次另抵扣1,000元。抵扣在下一季度费用中扣减。
5.4 可用率以乙方监控平台的分钟级探测数据计算，甲方有权查看监控记录；双方对数据有争议的，以甲方门店报障记录与乙方监控记录相互核对的结果为准。

6. 数据权属与数据安全
6.1 甲方的订单、会员、收件人、库存及经营数据均归甲方所有。乙方仅为向甲方提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
6.2 乙方应将数据存储于中国境内的云平台，落实访问控制、加密存储和传输、操作日志留存等措施，系统应通过网络安全等级保护二级测评。收件人个人信息须按《个人信息保护法》要求处理。
6.3 发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致数据安全事件的，乙方承担由此给甲方造成的全部损失。
6.4 服务期满或合同终止后30日内，乙方应按甲方要求以通用格式导出并移交全部数据，随后彻底删除，并出具删除证明。
6.5 乙方员工访问甲方数据须经授权并留痕，乙方应与接触数据的员工签订保密及数据安全承诺书，每个服务年度对其进行数据安全培训。

7. 知识产权
7.1 "云朵花礼"平台的知识产权归乙方所有。
7.2 乙方为甲方定制的小程序页面、报表模板、财务凭证接口程序的知识产权归甲方所有，甲方可自由使用、修改并交由第三方维护。

8. 保密
8.1 双方对在履行本合同中知悉的对方商业秘密及未公开信息负有保密义务，保密期限至该信息公开之日止。
8.2 未经对方书面同意，任何一方不得在宣传材料、案例展示或招投标文件中使用对方的名称、商标及门店照片；本合同的价格条款亦属保密信息。

9. 续期与调价
9.1 服务期届满前30日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，可多次续期。
9.2 每次续期时，乙方有权上调订阅单价，涨幅不超过上一服务年度单价的10%，乙方应在续期生效前以邮件通知甲方。

10. 分包
10.1 乙方不得将本合同项下的服务转包；确需将现场培训等辅助工作分包的，应事先取得甲方书面同意。

11. 违约与解除
11.1 乙方严重违约，或连续两个月可用率低于98%的，甲方有权书面通知解除合同，乙方应退还已付未履行部分的费用。
11.2 乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反第6条造成的损失不受此限。
11.3 因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，中断期间的订阅费相应免除。
11.4 合同解除或终止的，乙方应提供不少于30日的过渡期服务，协助甲方将数据迁移至新系统，过渡期费用按已约定单价按日折算。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交成都仲裁委员会仲裁。
12.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。
12.3 双方指定的联系人及邮箱见附件，一方通过指定邮箱发出的通知，于发出次日视为送达；联系人变更的，应提前5个工作日书面通知对方。
12.4 附件一《服务功能清单》、附件二《门店清单》、附件三《实施计划》为本合同组成部分，与本合同具有同等效力。

甲方（盖章）：成都花间集花艺连锁有限公司
授权代表：
乙方（盖章）：杭州云朵订单科技有限公司
授权代表：
日期：2025年   月   日
"""

# ---------------------------------------------------------------- z04 (txt, 竞争性磋商; LD-MISSING, SLA-NO-REMEDY)
H431Z04 = """云溪市社会保险经办信息系统年度运维服务合同

项目编号：YXRS-CS-2025-011（竞争性磋商）
甲方（采购人）：云溪市人力资源和社会保障局
乙方（成交供应商）：江苏恒联信息技术有限公司

依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，双方就云溪市社会保险经办信息系统2025—2026服务年度运维服务订立本合同。

（1）服务范围
乙方对甲方社会保险经办信息系统（含养老、失业、工伤保险经办子系统，社保卡业务前置系统，网上经办大厅，以及与省级平台、税务部门、银行的数据接口）提供运维服务，包括：应用系统日常运行监控、故障处理、参数调整及小型需求变更；数据库巡检、备份核验、性能优化；服务器及中间件巡检；安全巡检和漏洞整改配合；年度结算、待遇调整等业务高峰期保障。
系统运行所依托的机房环境、网络设备及政务云资源由甲方另行保障，不在本合同范围内，但乙方应在日常监控中发现相关异常时及时告知甲方，并配合有关单位完成故障定位和处置。

（2）服务期限
服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。期满后如需继续采购，由甲方依法另行组织采购，本合同不自动续期。

（3）服务团队
乙方派驻3名运维工程师在甲方机房驻场服务，工作日8:30至17:30在岗，节假日及夜间安排人员值守并保证电话畅通。驻场人员须为响应文件所列人员，具备相应资格证书，无犯罪记录并签署保密承诺书。更换驻场人员须提前10个工作日经甲方书面同意。
乙方另指定一名项目经理（非驻场）负责服务质量管理，每月至少到甲方现场一次，参加月度运维例会，通报上月运维情况、存在问题及改进措施。

（4）服务费用
本合同总价为人民币捌拾陆万元整（¥860,000），分项如下：
驻场运维服务：¥486,000；
应用系统维护：¥212,000；
数据库维护：¥98,000；
安全巡检：¥64,000。
上述费用包含人员、交通、工具、备件以外的全部费用；硬件备件由甲方另行采购。

（5）付款方式
服务费按季度支付。每季度结束后，乙方提交季度运维报告，经甲方考核确认后15个工作日内，甲方支付当季服务费¥215,000。本合同不设预付款。乙方应开具合法有效的增值税发票，发票信息有误的，付款期限相应顺延。

（6）服务水平
故障分为三级。一级故障：系统整体中断或参保人待遇无法发放，乙方应15分钟内响应、1小时内到场、3小时内恢复业务；二级故障：单个子系统或接口中断，30分钟内响应、8小时内恢复；三级故障：一般功能异常，2个工作日内解决。
数据库每日备份，每周抽检备份可恢复性，每季度进行一次恢复演练；每月提交巡检报告；年度结算及待遇调整期间，乙方须安排专人7×24小时值守。
小型需求变更（单项工作量不超过10人日）由乙方在运维服务范围内完成，每个服务年度累计不超过120人日；超出部分由双方另行协商。所有变更须经甲方业务科室提出、信息中心审批，并在测试环境验证、保留回退方案后方可上线，上线时间原则上安排在非办公时段。
安全巡检每季度开展一次，覆盖操作系统、数据库、中间件及网上经办大厅的漏洞扫描和弱口令检查，乙方应在巡检后5个工作日内提交报告，对高危漏洞在甲方确认的期限内完成整改或提出临时防护措施；乙方还应配合甲方完成网络安全等级保护测评、上级部门的安全检查及攻防演练期间的值守工作。

（7）考核
甲方每季度按磋商文件所附考核细则对乙方进行考核，考核内容包括响应时效、恢复时效、巡检及报告质量、用户满意度。乙方未达到第（6）项服务水平的，甲方记录并在考核中扣分，考核结果记入乙方履约评价档案，作为今后同类项目采购的参考；本合同不因考核扣分扣减服务费，也不另行约定赔偿或违约金。

（8）验收
服务期满后30日内，甲方依据本合同第（6）项服务水平、四个季度的考核结果、运维日志、巡检报告、故障分析报告、更新后的系统运维手册及交接清单进行年度验收，出具验收意见。季度付款不视为年度验收。

（8之一）甲方义务
甲方应为驻场人员提供办公场所、网络及必要的系统访问权限，指定信息中心一名工作人员作为联系人，及时审批变更申请，协调省级平台、税务及合作银行配合故障排查，并按约定支付服务费用。

（9）数据安全
社会保险经办系统中的参保人员个人信息、缴费及待遇数据、业务数据均属于甲方所有。乙方仅为履行运维服务访问上述数据，不得复制、下载、留存或向任何第三方提供，不得用于其他目的。
乙方人员须使用甲方分配的实名账号，经堡垒机访问系统，所有操作全程审计；生产数据的查询、修改须按甲方审批流程进行；严禁使用个人存储介质及接入互联网设备。
发现数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并依法承担相应法律责任。
服务期满或合同解除后，乙方应删除其人员因工作需要临时保存的全部甲方数据及资料，交回门禁卡、账号及密钥，并由乙方负责人签署数据清退确认书；乙方离职人员的账号须在当日注销，乙方应每月向甲方报送人员变动情况。

（10）保密
乙方及其人员对在服务中知悉的甲方工作秘密、系统架构、账号口令、安全配置及参保人信息负有保密义务，保密义务不因本合同终止而解除。

（11）知识产权
乙方在服务中编写的运维脚本、巡检工具配置、运维手册及报告，其知识产权归甲方所有，甲方可自由使用和修改，并可交由后续服务商使用。

（12）分包
乙方不得将本合同项下的任何服务转包或分包。

（13）责任
乙方未按本合同约定提供服务，或因乙方过错给甲方造成损失的，乙方应负责整改并赔偿甲方的实际损失。
因不可抗力或省级平台、税务部门、银行等第三方系统原因造成的服务中断，乙方应积极协助排查和恢复，相应时段不计入乙方的恢复时效考核，但乙方应如实记录并在季度报告中说明。

（14）合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，按实际服务期间结算费用。

（15）服务交接
合同期满或解除时，乙方应在30日内向甲方或甲方指定的服务商完成交接，移交全部账号、文档、脚本和未结问题清单，并配合交接期间的系统运行保障，不得以任何理由拒绝或拖延交接。

（16）法律适用与争议
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

（17）其他
廉政要求：乙方不得向甲方工作人员提供任何形式的财物、宴请或其他利益；发现违反的，甲方有权解除合同并将有关情况报送财政部门。
竞争性磋商文件、乙方响应文件、成交通知书及考核细则为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：云溪市人力资源和社会保障局
代表人签字：
乙方（盖章）：江苏恒联信息技术有限公司
代表人签字：
签订日期：2025年6月　日
"""

# ---------------------------------------------------------------- z05 (md, supplier's template; many findings)
H431Z05 = """# 蜀智云MES软件许可及实施合同

（成都蜀智云软件有限公司标准合同文本 V3.0）

**合同编号：** SZY-MES-2025-0088

**甲方（客户）：** 重庆巴渝红火锅食品有限公司

**乙方（供方）：** 成都蜀智云软件有限公司

甲方为提升火锅底料、复合调味料生产过程的计划、投料、质量追溯与仓储管理水平，向乙方采购"蜀智云MES"生产执行系统软件许可及定制开发、实施服务。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供蜀智云MES软件（生产计划、投料称重、炒制过程记录、质量检验、批次追溯、仓储及设备管理模块）的永久使用许可，限甲方璧山工厂一个厂区使用。

1.2 乙方根据甲方需求进行定制开发：牛油底料炒制工艺配方管理、称重系统及金属探测仪数据采集、与甲方用友U8 ERP的物料及工单接口、食品安全追溯报表。

1.3 乙方负责系统安装部署、基础数据初始化、用户培训及上线支持。

## 第二条 合同价款

|序号|项目|金额（元）|
|---|---|---|
|1|蜀智云MES软件许可（永久，一个厂区）|760,000|
|2|定制开发（配方管理、设备采集、ERP接口、追溯报表）|420,000|
|3|实施服务（部署、数据初始化、培训、上线支持）|98,000|
||**合计**|**1,278,000**|

合同总价为人民币壹佰贰拾柒万捌仟元整（¥1,278,000），含增值税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%作为预付款，即¥639,000，乙方收到预付款后启动项目。

3.5 乙方在收到每笔款项前5个工作日内向甲方开具等额增值税专用发票；甲方应在付款时注明合同编号，银行手续费由各方自行承担。因发票信息错误导致的退票、重开，由责任方承担相应费用。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的36%，即¥460,080。

3.3 系统验收合格后10个工作日内，甲方支付合同总价的14%，即¥178,920。

3.4 甲方逾期付款的，乙方有权暂停实施或服务，工期相应顺延。

## 第四条 实施周期

4.1 乙方应在收到预付款后120日内完成部署、定制开发及上线。

4.2 因甲方未及时提供基础数据、配合测试或现场条件不具备造成的延误，工期顺延，乙方不承担责任。

4.3 甲方应指定项目负责人，提供车间网络、服务器、称重设备通讯协议、ERP接口账号及完整的物料、配方、工艺路线等基础数据，并安排关键用户全程参与需求确认和测试。

4.4 需求确认书经双方签字后，甲方提出的需求变更须另行签订变更协议，费用及工期由双方协商确定。

## 第五条 验收

5.1 系统上线后连续运行20个生产日，乙方提交验收申请，甲方在5个工作日内组织验收。

5.2 验收标准：合同附件所列功能测试通过；抽取不少于20个成品批次，能从成品批号正向、反向追溯至原料批次及炒制记录；称重数据与电子秤读数一致；ERP工单与物料数据往来无差错。

5.3 甲方无正当理由逾期不组织验收的，乙方可书面催告；双方签署验收报告视为验收完成。验收中发现的缺陷，乙方应在10个工作日内修复后提交复验；不影响生产的轻微问题可列入遗留问题清单，由乙方在免费维护期内解决，不影响验收结论及付款。

## 第六条 免费维护期

6.1 免费维护期为三个月，自验收合格之日起算。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

6.2 故障响应：一级故障（系统无法使用，影响生产）乙方在接到报修后8小时内响应（仅限工作日工作时间），二级、三级故障3个工作日内响应。必要时乙方派员到场，差旅费由甲方承担。

6.4 乙方为甲方提供关键用户培训及最终用户培训各一次，培训地点在甲方工厂；甲方因人员变动需要再次培训的，按乙方人天单价另行收费。

6.3 乙方将尽力按上述时限处理故障，但响应或处理超时的，乙方不承担扣款、赔偿或违约金责任。

## 第七条 年度维护

7.1 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的28%，即每年¥212,800，每个维护年度开始前一次性支付。

7.2 年度维护服务包括远程支持、缺陷修复及小版本升级；大版本升级、新增功能另行收费。

7.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持。

7.4 年度维护费不含服务器、数据库、操作系统及称重设备等第三方软硬件的维护费用，上述费用由甲方自行向相应厂商支付。

## 第八条 知识产权

8.1 蜀智云MES软件及乙方为本项目完成的全部定制开发成果（包括配方管理模块、设备采集程序、ERP接口程序、报表及其源代码、技术文档）的知识产权均归乙方所有。

8.2 甲方在本合同约定的厂区范围内享有上述成果的非独占使用权，不得修改、反向工程，不得交由第三方维护或再许可。

8.3 甲方如需获得定制开发成果源代码用于自行维护，应另行与乙方签订源代码许可协议并支付相应费用。乙方保证所提供的软件不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理。

## 第九条 数据

9.1 甲方录入及系统产生的生产、质量、配方数据归甲方所有。

9.2 甲方同意，乙方可将甲方数据进行脱敏处理后，用于乙方产品改进、行业工艺模型训练及发布行业对标报告，该使用在本合同终止后继续有效。

9.3 乙方远程维护须通过甲方提供的VPN账号进行，采取加密传输和访问控制措施，不得泄露甲方配方；因乙方原因导致甲方数据泄露的，乙方应在48小时内通知甲方，并承担相应赔偿责任。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术秘密、配方及商业信息负有保密义务，保密期限为合同终止后三年。任何一方不得向第三方披露本合同的价格及付款条款。

## 第十一条 违约责任

11.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，乙方不承担间接损失、利润损失及生产损失。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权解除合同。

12.2 合同解除的，乙方已完成的工作及已收取的预付款不予退还。

## 第十三条 不可抗力

13.1 因地震、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响方不承担违约责任，但应及时通知对方并提供证明；不可抗力影响超过60日的，双方可协商解除合同。

## 第十四条 争议解决

14.1 因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件与正文具有同等效力。

甲方（盖章）：重庆巴渝红火锅食品有限公司　　授权代表：

乙方（盖章）：成都蜀智云软件有限公司　　授权代表：

签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Vietnam vendor; GOVERNING-LAW only)
H431E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HTV-XM-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Xiamen Tongan Leafhouse Tea Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at 88 Xiangfeng Road, Tong'an District, Xiamen, Fujian (the "Customer"); and
P:(2) Han River Tech Solutions Joint Stock Company, a company incorporated in Vietnam, with its registered office at 27 Bach Dang Street, Hai Chau District, Da Nang (the "Vendor").
P:Background: The Customer operates two bonded and four domestic warehouses for packaged tea, tea ware and gift boxes. It wishes to replace its spreadsheet-based stock control with the Vendor's HanWMS warehouse management software, licensed perpetually, together with configuration, interfaces, data migration and training. The Vendor has agreed to quote and invoice in Chinese Yuan (CNY) at the Customer's request.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the HanWMS server software, the named user licences and the handheld device licences listed in Article 2, including updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, label layouts, configuration files and related documentation created by the Vendor specifically for the Customer.
P:1.3 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.3.
P:1.4 "Severity 1 Fault" means a fault that stops receiving, picking or dispatch at any warehouse.
H:Article 2 Scope and Price
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software in the People's Republic of China for the Customer's own business, including by its affiliates and contractors working for it.
P:2.2 The Contract Price is CNY 940,000, inclusive of applicable taxes, made up as follows:
P:(a) HanWMS Server Licence (perpetual, two production and one test instance): CNY 318,000;
P:(b) 60 named user licences at CNY 3,600 each: CNY 216,000;
P:(c) 40 handheld device licences at CNY 1,900 each: CNY 76,000;
P:Licence Subtotal: CNY 610,000;
P:(d) configuration and interfaces to the Customer's Kingdee ERP, two e-commerce platforms and the customs bonded-warehouse system: CNY 246,000;
P:(e) data migration of item masters, locations and opening stock: CNY 58,000;
P:(f) training of key users and warehouse staff: CNY 26,000.
P:2.3 The Contract Price is fixed. No other fee is payable for the scope described in this Agreement and its Annex 1 (Functional Specification).
H:Article 3 Payment
P:3.1 The Customer shall pay the Contract Price in three instalments against the Vendor's invoice:
P:(a) 20 % (CNY 188,000) within fifteen days after signature of this Agreement;
P:(b) 45 % (CNY 423,000) within fifteen days after the Vendor completes installation and configuration in all six warehouses and the Customer signs the completion note; the completion note is not an acceptance of the system;
P:(c) 35 % (CNY 329,000) within fifteen days after Final Acceptance.
P:3.2 Payments are made by bank transfer in CNY.
H:Article 4 Delivery and Project Plan
P:4.1 The Vendor shall complete installation and configuration within 90 days after signature and apply for acceptance testing within 120 days after signature, following the project plan in Annex 2.
P:4.2 If the Vendor is late in reaching either date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to a total of 10 % of the Contract Price. If the delay exceeds 45 days, the Customer may also terminate this Agreement under Article 13.
H:Article 5 Acceptance
P:5.1 The Vendor shall propose, and the Customer shall approve, an acceptance test plan covering every requirement of Annex 1.
P:5.2 Acceptance criteria: (a) all test cases passed with no open Severity 1 or Severity 2 fault; (b) a full stock count in each warehouse reconciles with the system to the unit for every tea item and gift box; (c) orders from both e-commerce platforms flow to dispatch and back to the ERP for ten consecutive business days without manual correction; (d) handheld scanning confirms a pick within two seconds at normal load; (e) migrated opening stock matches the signed cut-off list.
P:5.3 When the criteria are met, the Customer shall issue a Final Acceptance certificate within seven business days. Installation, go-live, productive use or payment of any instalment does not amount to acceptance.
P:5.4 If a test fails, the Vendor shall correct the fault at its own cost and repeat the test. If the system fails acceptance twice for reasons attributable to the Vendor, the Customer may terminate this Agreement and receive a refund of all amounts paid.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with Annex 1 for a warranty period of 24 months from Final Acceptance.
P:6.2 During the warranty period the Vendor shall correct faults free of charge, supply all updates and new versions it releases, and provide the support described in Article 7.
H:Article 7 Service Levels and Support
P:7.1 Support is available by telephone, e-mail and remote session from 08:00 to 20:00 China time, seven days a week, and for Severity 1 Faults at any time.
P:7.2 The Vendor shall respond to a Severity 1 Fault within one hour and restore operation, at least by a workaround, within eight hours. Severity 2 Faults (a function impaired without stopping operations) shall be responded to within two hours and resolved within two business days.
P:7.3 For each full hour by which the Vendor exceeds the response or restoration time for a Severity 1 Fault, the Vendor shall credit the Customer CNY 800 against the next invoice or pay that amount on request.
H:Article 8 Support after the Warranty
P:8.1 After the warranty period, the Customer may order annual support covering the services in Article 7 and all updates. The annual support fee is 13 % of the Licence Subtotal, that is CNY 79,300 per support year, and shall remain fixed for the first three support years.
P:8.2 Support is ordered year by year by purchase order. It does not renew automatically, and the Customer may stop ordering support at any time without affecting its licence.
H:Article 9 Intellectual Property
P:9.1 The Licensed Software remains the property of the Vendor and its licensors.
P:9.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables, and have them maintained by third parties, without further payment.
P:9.3 The Vendor shall defend the Customer against any claim that the Licensed Software infringes a third party's rights and shall bear all resulting costs and damages.
H:Article 10 Customer Data and Data Security
P:10.1 All data entered into or generated by the system, including stock, order, customer and supplier data, belongs to the Customer. The Vendor may process it only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:10.2 The system is installed on the Customer's servers in Xiamen. The Vendor may access it remotely only through the Customer's VPN with multi-factor authentication, under named accounts approved for each session, and shall not transfer any Customer data outside mainland China.
P:10.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC, follow the Customer's security instructions and keep access logs. It shall notify the Customer within 24 hours after becoming aware of any unauthorised access, loss or disclosure of Customer data, assist in remedying it, and be liable for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by equivalent duties. This obligation survives termination for three years.
H:Article 12 Liability and Subcontracting
P:12.1 Each party's total liability under this Agreement is limited to 150 % of the Contract Price, except for liability for personal injury, fraud, wilful misconduct, infringement under Article 9.3 and breach of Articles 10 and 11, which is not limited.
P:12.2 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice describing the breach.
P:13.2 On termination for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid, and the Customer shall return the Licensed Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Socialist Republic of Vietnam.
P:14.2 Any dispute arising from this Agreement shall be settled by arbitration at the Vietnam International Arbitration Centre (VIAC) in Hanoi under its rules. The arbitration shall be conducted in English by three arbitrators, and the award is final and binding.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two English originals, one for each party, and takes effect on signature.
P:For the Customer: Xiamen Tongan Leafhouse Tea Trading Co., Ltd.   Name / Title / Signature / Date: ____________
P:For the Vendor: Han River Tech Solutions Joint Stock Company   Name / Title / Signature / Date: ____________
"""

# ---------------------------------------------------------------- e02 (md, Thai vendor Order Form + General Terms; DATA-OWNERSHIP, SUBCONTRACT, LIABILITY-CAP)
H431E02 = """# ORDER FORM LBC-OF-2025-0371

**Lanna Booking Cloud Co., Ltd.** (the "Provider"), 112 Nimmanhaemin Road, Suthep, Mueang Chiang Mai, Chiang Mai 50200, Thailand

**Customer:** Nanning Bluehill International Travel Service Co., Ltd., 9 Minzu Avenue, Qingxiu District, Nanning, Guangxi, People's Republic of China

This Order Form is placed under, and incorporates, the Provider's General Terms set out in Part B below. Together they form the "Agreement". At the Customer's request, all fees are quoted and invoiced in Chinese Yuan (CNY).

## Part A - Order Details

### A1. Subscribed Service

LannaBook, the Provider's cloud booking and itinerary platform for tour operators: package and tour inventory, group and individual bookings, supplier allotments for hotels and coaches, itinerary documents, agent portal, payment-link collection and management reports. The service is hosted for the Customer in the Provider's mainland China region on a licensed Chinese cloud provider.

### A2. Subscription Term

Two Subscription Years, starting on the Service Start Date, which is the date of Onboarding Acceptance under Section 3.2 of Part B. The planned Service Start Date is 1 September 2025.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Agent seats, per Subscription Year | 45 seats x 2 Subscription Years | 2,400 | 216,000 |
| Platform fee (inventory, supplier and payment modules), per Subscription Year | 2 Subscription Years | 64,000 | 128,000 |
| Onboarding (configuration, data import, two API connections, training), one-time | 1 | 38,000 | 38,000 |
| **Total fees for the Subscription Term** | | | **382,000** |

Included volume: 60,000 confirmed bookings per Subscription Year. Bookings above the included volume are charged at CNY 0.80 each, invoiced quarterly in arrears and not part of the total above.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in arrears, CNY 43,000 per quarter, payable within 30 days of invoice.

(b) The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of invoice.

(c) No fee is payable before the Service Start Date.

### A5. Renewal

The Agreement ends at the end of the second Subscription Year. Any further subscription requires a new Order Form signed by both parties; there is no automatic renewal.

### A6. Contacts

Provider account manager: Ms. Kanya Srisuk. Customer project lead: Mr. Huang Wei, IT Department.

---

# PART B - GENERAL TERMS

## Section 1. Definitions

1.1 "Customer Data" means all data that the Customer or its users enter into the service, including traveller names, passport details, contact details, booking records and supplier rates.

1.2 "Customer Configurations" means the product templates, itinerary layouts, report designs, workflows and API mappings set up for the Customer during onboarding or later at its request.

1.3 "Severity 1 Incident" means the service is unavailable or bookings cannot be created or confirmed by a majority of users.

## Section 2. The Service

2.1 The Provider grants the Customer and its authorised users a non-exclusive right to use the service during the Subscription Term for the Customer's business.

2.2 The Provider may improve the service, but shall not materially reduce the functions described in Part A during the Subscription Term.

## Section 3. Onboarding and Acceptance

3.1 The Provider shall complete onboarding, including import of the Customer's active tours, supplier contracts and open bookings, within 45 days after signature of this Order Form.

3.2 Onboarding Acceptance criteria: (a) all active tours and open bookings imported and reconciled with the Customer's cut-off list; (b) the two API connections (hotel channel manager and the Customer's finance system) exchange data correctly for five consecutive business days; (c) the agreed test scenarios for group booking, deposit collection and itinerary printing pass; (d) users complete training. The Customer shall sign the acceptance record within five business days after the criteria are met. Use of the service before that date is not acceptance.

3.3 If Onboarding Acceptance is delayed beyond the planned Service Start Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 250 for each day of delay.

## Section 4. Service Levels

4.1 The Provider shall make the service available at least 99.95 % of each calendar month, excluding scheduled maintenance announced seven days in advance and performed between 00:00 and 05:00 China time.

4.2 Support: for a Severity 1 Incident, response within 30 minutes at any time and restoration within six hours; for a Severity 2 Incident (a module impaired), response within two hours and resolution within two business days.

4.3 Service credits: if monthly availability falls below the commitment, the Customer receives a credit of 5 % of that month's subscription fees for each 0.1 percentage point (or part of it) below the commitment, up to 50 % of the monthly fees. For each Severity 1 Incident not restored within the restoration time, the Customer receives an additional credit of CNY 1,000. Credits are deducted from the next invoice or paid at the end of the term.

## Section 5. Customer Data

5.1 As between the parties, the Customer owns the Customer Data. The Provider processes Customer Data to provide the service under this Agreement and on the Customer's documented instructions.

5.2 The Customer grants the Provider a perpetual licence to use aggregated and de-identified data derived from Customer Data, together with data from other customers, to improve and develop its products and to publish travel-demand benchmarks and market reports. This licence survives the end of the Agreement.

5.3 At the end of the Subscription Term, the Provider shall, at the Customer's choice, return the Customer Data in a standard format within 30 days and then delete it from its systems, and confirm the deletion in writing.

## Section 6. Data Security

6.1 The Provider shall keep Customer Data in its mainland China region, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least six months and maintain ISO/IEC 27001 certification and an MLPS level 3 filing for the hosting environment.

6.2 The Provider shall process personal information in accordance with the Personal Information Protection Law of the PRC and shall not transfer Customer Data outside mainland China.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it, and shall be responsible for losses, regulatory fines and notification costs caused by its failure to comply with this Section.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business, technical and pricing information, use it only for this Agreement and not disclose it to third parties except to professional advisers bound by confidentiality. These duties survive for three years after the end of the Agreement.

## Section 8. Intellectual Property

8.1 The Provider owns the service and its software.

8.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them and give them to any other provider, and the Provider shall export them on request in a documented format.

## Section 9. Subcontractors and Subprocessors

9.1 The Provider may use subcontractors and subprocessors, including its hosting provider and its affiliate in Kunming for first-line support, to perform the service. The Provider will notify the Customer by e-mail of any new subcontractor or subprocessor before it starts work; no consent of the Customer is required.

9.2 The Provider remains responsible for the acts and omissions of its subcontractors and subprocessors.

## Section 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business opportunity.

10.2 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.

10.3 The limits in this Section do not apply to a party's liability for fraud, wilful misconduct, or the Customer's obligation to pay fees.

## Section 11. Term and Termination

11.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

11.2 If the Customer terminates under Section 11.1, the Provider shall refund any fees paid for the period after termination and provide the exit assistance in Section 5.3.

## Section 12. Governing Law and Disputes

12.1 At the Customer's request, the Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The language of arbitration is Chinese, with English translation at the Provider's cost.

## Section 13. General

13.1 Notices must be in writing and sent to the addresses in Part A. The Agreement may be amended only in writing signed by both parties.

13.2 If the Order Form and the General Terms conflict, the Order Form prevails.

**Signed for the Provider:** Lanna Booking Cloud Co., Ltd. - Name / Title / Date: ________

**Signed for the Customer:** Nanning Bluehill International Travel Service Co., Ltd. - Name / Title / Date: ________
"""

# ---------------------------------------------------------------- e03 (docx, buyer's paper, Indonesian vendor; PREPAYMENT, CONFIDENTIALITY, DATA-SECURITY)
H431E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR POND WATER-QUALITY MONITORING EQUIPMENT
P:Contract No. ZJHW-EQ-2025-029
P:Buyer: Zhanjiang Haiwan Aquaculture Co., Ltd., No. 3 Haibin Avenue, Potou District, Zhanjiang, Guangdong, People's Republic of China (the "Buyer").
P:Supplier: PT Samudra Sensorindo, Jalan Rungkut Industri III No. 21, Surabaya, East Java, Indonesia (the "Supplier").
P:Whereas the Buyer operates 48 shrimp ponds at its Donghai Island farm and wishes to monitor dissolved oxygen, temperature, pH, salinity and ammonia continuously, and the Supplier manufactures and installs such equipment, the parties agree as follows. Prices are in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the probes, data loggers, gateways, weather stations, mounting hardware and cables listed in Clause 2.
P:1.2 "Software" means the Supplier's AquaView monitoring software licensed under Clause 2, including the mobile alarm application.
P:1.3 "System" means the Equipment and the Software installed and configured at the farm.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Clause 6.3.
H:2. Scope and Contract Price
P:2.1 The Supplier shall supply, deliver to the farm, install, calibrate and commission the System, train the Buyer's staff and provide the warranty services under this Contract.
P:2.2 The Contract Price is CNY 770,000, including import duties, taxes, transport, insurance, installation and travel. It is fixed and itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality probe (DO, temperature, pH, salinity, ammonia)|48|9,800|470,400
TB:2|Solar-powered data logger and 4G/LoRa gateway|12|6,500|78,000
TB:3|Weather station (wind, rain, air temperature, solar radiation)|4|14,200|56,800
TB:4|AquaView monitoring software, perpetual licence for 48 probe points|1|88,000|88,000
TB:|Equipment and Software Subtotal|||693,200
TB:5|Installation, calibration and commissioning|1|64,800|64,800
TB:6|Training of farm technicians (two sessions)|1|12,000|12,000
TB:|Total Contract Price|||770,000
P:2.3 The Software is licensed to the Buyer perpetually for use at the farm, and the licence may be transferred with the System if the Buyer sells the farm.
H:3. Payment
P:3.1 Advance payment: 45 % of the Contract Price (CNY 346,500) within ten days after signature of this Contract, against the Supplier's invoice, to allow the Supplier to order sensor components and arrange export shipment.
P:3.2 Delivery payment: 35 % of the Contract Price (CNY 269,500) within fifteen days after the Equipment arrives at the farm complete and undamaged, as confirmed in a delivery note signed by both parties. The delivery note is not an acceptance of the System.
P:3.3 Final payment: 20 % of the Contract Price (CNY 154,000) within fifteen days after Final Acceptance.
P:3.4 The Supplier shall issue a valid invoice for each payment. Payments are made in CNY to the Supplier's bank account named in this Contract.
H:4. Delivery
P:4.1 The Supplier shall deliver the Equipment to the farm, DDP Donghai Island, within 75 days after receiving the advance payment, and shall complete installation and commissioning within 30 days after delivery.
P:4.2 Each delivery shall include packing lists, certificates of origin, factory calibration certificates for every probe and the operating manuals in Chinese and English.
P:4.3 Risk in the Equipment passes to the Buyer on Final Acceptance. Title passes on delivery.
P:4.4 The Supplier shall insure the Equipment for its full replacement value until delivery to the farm, and shall maintain liability insurance covering its staff and the work on site until Final Acceptance. Copies of the policies shall be given to the Buyer before work starts.
H:5. Installation
P:5.1 The Supplier shall install each probe on a floating mount at the depth agreed with the Buyer's farm manager, protect cables against birds and pond machinery, and connect every logger to the Buyer's network.
P:5.2 Work at the ponds shall follow the Buyer's biosecurity rules, including disinfection of boots and tools and no entry to ponds under treatment.
P:5.3 The Supplier shall configure alarm thresholds in the Software as instructed by the Buyer's aquaculture technicians and set up SMS and application alarms for the night shift.
P:5.4 Training: the Supplier shall hold two training sessions at the farm for up to twelve technicians, covering daily checks, cleaning of probe membranes, replacement of sensor caps, alarm handling, reading trend reports and basic fault finding. Training materials shall be provided in Chinese, and the Supplier shall confirm in writing that each participant has completed the practical exercises.
P:5.5 The Supplier shall keep the work area tidy, remove all packing materials and waste from the farm at its own cost, and repair any damage to pond liners, walkways or aerators caused by its staff.
H:6. Testing and Acceptance
P:6.1 After commissioning, the System shall run for 30 consecutive days as a trial period.
P:6.2 Acceptance criteria: (a) every probe reports at least every five minutes and data completeness over the trial period is at least 98 %; (b) dissolved oxygen readings agree with the Buyer's calibrated hand-held meter within 0.3 mg/L, and pH within 0.1, in three spot checks per pond; (c) a simulated low-oxygen event in each pond triggers an alarm on the night-shift phones within two minutes; (d) the weather stations report all parameters; (e) all documents under Clause 4.2 are delivered.
P:6.3 When the criteria are met, the Buyer shall sign a Final Acceptance certificate within seven days. Delivery, installation or use of the System during the trial period is not acceptance. If the System fails, the Supplier shall remedy it at its cost and the trial period shall be repeated for the affected ponds.
H:7. Warranty
P:7.1 The Supplier warrants that the System is new, free from defects in design, materials and workmanship and complies with this Contract for 24 months after Final Acceptance.
P:7.2 During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including transport and import costs, recalibrate all probes every quarter on site, and supply Software updates.
P:7.3 The Supplier shall keep a stock of spare probes and loggers at its service partner in Zhanjiang sufficient to replace at least 10 % of the installed units.
H:8. Service Levels
P:8.1 A Critical Fault is a fault that stops monitoring or alarms for one or more ponds. The Supplier shall respond to a Critical Fault within two hours by telephone or remote session, at any time, and shall restore monitoring, if necessary by a spare unit, within 48 hours.
P:8.2 Other faults shall be answered within one business day and repaired within five business days.
P:8.3 For each full day by which restoration of a Critical Fault exceeds 48 hours, the Supplier shall pay the Buyer CNY 500, which the Buyer may deduct from any amount due.
H:9. Maintenance after the Warranty
P:9.1 After the warranty period, the Buyer may order maintenance, including quarterly calibration, repairs and Software updates, at an annual fee of 8 % of the Equipment and Software Subtotal, that is CNY 55,456 per year. This fee is fixed for the first two maintenance years.
P:9.2 Maintenance is ordered by the Buyer year by year and does not renew automatically.
H:10. Data
P:10.1 All water-quality, weather and alarm data produced by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
H:11. Intellectual Property
P:11.1 The pond layouts, dashboards, alarm rules and report templates configured for the Buyer belong to the Buyer, which may use and change them freely and have them maintained by others.
P:11.2 The Supplier warrants that the System does not infringe any third-party rights and shall indemnify the Buyer against any claim of infringement.
H:12. Delay and Liquidated Damages
P:12.1 If the Supplier fails to deliver, install or reach Final Acceptance by the dates in Clause 4.1, the Supplier shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price.
P:12.2 Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, except that its service partner in Zhanjiang named in Annex 2 is approved for on-site warranty work. The Supplier remains liable for its subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund all payments received for work not accepted.
H:15. Force Majeure
P:15.1 Neither party is liable for failure to perform caused by typhoon, flood, epidemic measures or other events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou in accordance with its rules. The award is final.
H:17. Miscellaneous
P:17.1 This Contract is made in two originals in English, each party holding one. Annex 1 (Technical Specification) and Annex 2 (Service Partner) form part of it.
P:For the Buyer: Zhanjiang Haiwan Aquaculture Co., Ltd.  Name / Title / Signature / Date: ____________
P:For the Supplier: PT Samudra Sensorindo  Name / Title / Signature / Date: ____________
"""

# ---------------------------------------------------------------- e04 (md, schedules as tables, Cambodian vendor; compliant)
H431E04 = """# MANAGED NETWORK AND GUEST WI-FI SERVICES AGREEMENT

**Agreement No.** SCB-MS-2025-07

**Between**

**Sanya Coral Bay Hotel Management Co., Ltd.**, 16 Luling Road, Sanya Bay, Tianya District, Sanya, Hainan, People's Republic of China (the "Customer"); and

**Angkor NetOps Co., Ltd.**, No. 45 Sivatha Boulevard, Svay Dangkum Commune, Siem Reap City, Kingdom of Cambodia (the "Provider"), acting in China through its wholly-owned subsidiary Angkor NetOps (Hainan) Technology Co., Ltd., which performs the on-site services and issues invoices in China.

**Background.** The Customer operates three resort hotels in Sanya with 1,240 guest rooms. It wishes to outsource the day-to-day operation of its guest Wi-Fi, staff network and network security devices to the Provider, which operates a network operations centre for hotels. Charges are stated and invoiced in Chinese Yuan (CNY).

## Clause 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Clause 4.3.

1.3 "Customer Data" means all data relating to the Customer, its guests and its staff that the Provider receives or can access in performing the Services, including guest names, room numbers, device identifiers, authentication records and network logs.

1.4 "Priority 1 Incident" means loss of guest Wi-Fi or of the staff network for a whole hotel, or of a property management, payment or door-lock system connection.

## Clause 2. Services and Term

2.1 The Provider shall provide the Services for the three hotels listed in Schedule 1 from the Service Commencement Date for a term of 24 months (the "Term").

2.2 The Agreement ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

## Clause 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,170,000.

3.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears, and the Customer pays within 30 days after receiving a correct invoice and the monthly service report.

3.3 No payment is due before the Service Commencement Date.

## Clause 4. Transition and Acceptance

4.1 The Provider shall carry out the transition described in Schedule 1, Part B, within 40 days after signature.

4.2 Acceptance criteria: (a) every access point, switch and firewall is registered in the Provider's monitoring system and reports status; (b) the network documentation and configuration backups of Schedule 1 are delivered and checked by the Customer's IT manager; (c) a guest in each hotel can connect and reach the internet within the times stated in Schedule 3 during a two-week parallel run; (d) a test incident of each priority is handled within the Schedule 3 times.

4.3 When the criteria are met, the Customer shall sign the transition acceptance certificate within five business days. Operation of the Services during transition is not acceptance.

4.4 If the Service Commencement Date is later than the 40th day after signature for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay as liquidated damages.

## Clause 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 3 and report on them monthly.

5.2 If a service level is missed, the Customer is entitled to the service credits in Schedule 3, which are deducted from the next invoice. Credits do not limit the Customer's other remedies.

5.3 The monthly service report shall show, for each hotel, availability measured by the Provider's monitoring system, every incident with its times and cause, changes made, capacity trends and security events. The Customer may audit the underlying monitoring records on reasonable notice.

## Clause 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider may use it only to perform the Services and shall not copy, analyse or disclose it for any other purpose.

6.2 Customer Data stays on the Customer's systems and on the Provider's monitoring servers in Haikou. It shall not be transferred outside mainland China. Remote access is only through the Customer's bastion host with multi-factor authentication and named accounts, and all sessions are logged.

6.3 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC, keep guest authentication logs as required by law, and support the Customer's MLPS level 2 assessments.

6.4 The Provider shall report any security incident affecting Customer Data to the Customer within 12 hours, cooperate in the investigation and remedy, and be liable for losses and fines caused by its breach of this Clause.

## Clause 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party, including network designs, passwords and guest information, and use it only for this Agreement. This duty continues for three years after the end of the Agreement, and without time limit for personal information.

## Clause 8. Intellectual Property

8.1 The Provider's monitoring tools remain its property.

8.2 Network designs, configurations, runbooks and reports prepared for the Customer belong to the Customer, which may use and modify them and give them to any later provider.

## Clause 9. Staff and Subcontracting

9.1 The Provider shall keep two qualified engineers on site in Sanya on the shifts set out in Schedule 1.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

9.3 The Provider's engineers shall follow the Customer's hotel rules on dress, guest privacy and access to guest areas. The Customer may require the replacement of any engineer for good reason, and the Provider shall provide a qualified replacement within ten days.

## Clause 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150 % of the Total Contract Value. This limit does not apply to personal injury, wilful misconduct, or a breach of Clause 6 or Clause 7.

## Clause 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if availability in Schedule 3 is missed in three months out of any six.

11.2 On expiry or termination, the Provider shall provide up to 60 days of exit assistance at the monthly rate pro rata and hand over all documentation, accounts and configurations.

## Clause 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Sanya Arbitration Commission for arbitration in Sanya. The award is final.

## Clause 13. General

13.1 The Schedules form part of this Agreement. If a Schedule conflicts with the Clauses, the Clauses prevail.

13.2 Notices shall be given in writing to the addresses above or to the e-mail addresses of the contract managers named in Schedule 1. Amendments are valid only if made in writing and signed by both parties.

---

## Schedule 1 - Services

**Part A - Sites and scope**

| Site | Rooms | Access points | Switches | Firewalls |
|---|---|---|---|---|
| Coral Bay Resort | 520 | 610 | 48 | 2 |
| Coral Bay Garden Hotel | 410 | 455 | 36 | 2 |
| Coral Bay Villas | 310 | 298 | 22 | 2 |

**Part B - Services**

| Service | Description |
|---|---|
| Monitoring | 24x7 monitoring of all devices and internet links from the network operations centre |
| Incident management | diagnosis, remote fix, on-site repair, vendor coordination |
| Change management | up to 40 standard changes per month, e.g. new SSIDs, VLANs, firewall rules |
| Guest support | telephone help for guests who cannot connect, in Chinese and English, 07:00 to 24:00 |
| Reporting | monthly report on availability, incidents, capacity and security events |
| Transition | inventory, configuration backup, documentation, monitoring set-up |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 54,000 |
| Monthly service charge | CNY 46,500 x 24 months | 1,116,000 |
| **Total Contract Value** | | **1,170,000** |

## Schedule 3 - Service Levels and Credits

| Measure | Level | Credit if missed |
|---|---|---|
| Guest Wi-Fi availability per hotel | 99.95 % per month | 5 % of the monthly charge per 0.1 point below |
| Priority 1 response | 15 minutes, 24x7 | CNY 1,000 per 30 minutes late |
| Priority 1 restoration | 3 hours | CNY 2,000 per hour late |
| Priority 2 response | 1 hour | CNY 500 per hour late |
| Standard change | 2 business days | CNY 200 per day late |

Total credits in a month shall not exceed 50 % of that month's service charge.

**Signed for the Customer:** Sanya Coral Bay Hotel Management Co., Ltd. - Name / Title / Date: ________

**Signed for the Provider:** Angkor NetOps Co., Ltd. - Name / Title / Date: ________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, Lao vendor; SLA-MISSING, ACCEPTANCE, TERMINATION)
H431E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CDS-API-2025-112

THIS AGREEMENT is made between:

CHAMPA DATA SERVICES CO., LTD., a company registered in the Lao People's Democratic Republic, with its office at Ban Phabath, No. 13 Road South, Pakse, Champasak Province, Lao PDR (the "Provider"); and

KUNMING DIANHUA FRUIT IMPORT AND EXPORT CO., LTD., a company registered in the People's Republic of China, with its office at 205 Guangfu Road, Guandu District, Kunming, Yunnan (the "Customer").

BACKGROUND

The Provider collects and publishes market data on fruit, coffee and cassava from southern Laos and the Mekong region, including daily farm-gate and wholesale prices, harvest estimates, packing-house volumes and waiting times at the Boten-Mohan border crossing and other crossings. The Customer imports fresh fruit into Yunnan and wishes to receive this data through an application programming interface (API) for its purchasing and logistics planning. At the Customer's request, all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Data Feed" means the datasets listed in Schedule A, delivered through the API in JSON format.

1.2 "Subscription Term" means 24 months from the Start Date.

1.3 "Start Date" means 1 October 2025 or the date on which the Provider issues production API credentials, whichever is later.

1.4 "Customer Query Data" means the queries, watch lists, product lists, shipment plans and other information that the Customer sends to the API or uploads to the Provider's portal.

1.5 "Custom Deliverables" means the field mapping, the sample integration scripts and the Chinese product-name dictionary prepared by the Provider for the Customer under Clause 3.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data Feed through the API and to use the data for its internal business in China, including sharing summaries with its growers, carriers and customers.

2.2 The Customer may make up to 50,000 API calls per month. Additional calls are charged under Clause 4.3.

2.3 The Customer shall not resell the raw Data Feed as a data product.

3. INTEGRATION SUPPORT

3.1 Before the Start Date the Provider shall issue test credentials, provide API documentation in English and Chinese, and prepare the Custom Deliverables so that the Data Feed can be loaded into the Customer's purchasing system.

3.2 The Provider shall provide up to ten days of remote integration support by video call and e-mail during the first two months of the Subscription Term.

3.3 If the Provider fails to issue production API credentials by 1 October 2025 for reasons within its control, it shall pay the Customer CNY 200 for each day of delay until the credentials are issued.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 8,600 per month, CNY 206,400 for the Subscription Term.

4.2 The one-time integration support fee is CNY 12,000. The total fees under this Agreement are therefore CNY 218,400.

4.3 Calls above the monthly allowance are charged at CNY 0.02 per call and invoiced with the following month's fee. These charges are not included in the total fees.

4.4 The Provider invoices the subscription fee monthly in arrears. The integration support fee is invoiced together with the first monthly invoice. The Customer pays within 30 days after receipt of a correct invoice, by bank transfer in CNY.

4.5 If the Customer does not pay an undisputed invoice within 30 days after a written reminder, the Provider may suspend access to the API until payment is made.

5. DELIVERY OF THE SERVICE

5.1 The service is deemed delivered and accepted when the Provider issues the production API credentials. No separate acceptance test applies.

5.2 The content of each dataset and how often it is refreshed are described in Schedule A.

6. AVAILABILITY AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available and the data up to date, and to answer support requests sent to its support e-mail address within a reasonable time during its business hours.

6.2 The Provider will announce planned maintenance on its portal in advance where practicable.

6.3 The Provider does not guarantee that the data is complete or error-free, since it comes from market surveys, partners and public sources. The Provider shall correct errors that the Customer reports.

7. CUSTOMER QUERY DATA

7.1 Customer Query Data belongs to the Customer. The Provider may use it only to provide the API to the Customer under this Agreement and shall not use it for its own analysis or disclose it to anyone.

8. DATA SECURITY

8.1 The Provider shall protect Customer Query Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, access logs kept for six months and regular security testing of the API.

8.2 The Provider shall notify the Customer within 24 hours after discovering any unauthorised access to, loss or disclosure of Customer Query Data, shall take immediate action to stop it, and shall be responsible for the losses that the Customer suffers as a result of the Provider's failure to comply with this Clause.

8.3 At the end of the Subscription Term the Provider shall delete Customer Query Data within 30 days and confirm the deletion in writing.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's purchasing plans and the Provider's pricing, and shall use it only for this Agreement. This duty survives the end of the Agreement for three years.

10. INTELLECTUAL PROPERTY

10.1 The Provider owns the Data Feed, the API and its databases. The Customer's rights in them are limited to the licence in Clause 2.

10.2 The Custom Deliverables belong to the Customer once the integration support fee is paid. The Customer may use, modify and license them freely and have them maintained by others.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the operation of the API or the processing of Customer Query Data without the Customer's prior written consent. The Provider's own market surveyors and data partners listed in Schedule A may continue to collect market data.

12. LIABILITY

12.1 Neither party is liable for indirect loss, loss of profit or loss of business.

12.2 Each party's total liability under this Agreement is limited to twice the total fees stated in Clause 4.2. The limit does not apply to fraud, wilful misconduct or a breach of Clause 8 or Clause 9.

13. TERM AND NON-CANCELLATION

13.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; a further subscription requires a new written agreement.

13.2 The Subscription Term is non-cancellable. Neither party may terminate this Agreement before the end of the Subscription Term, including for breach by the other party. The Customer's remedies for a breach by the Provider are correction of the data or service, a refund of the subscription fee for any day on which the Data Feed was not delivered, and damages under Clause 12.

13.3 The Provider's right to suspend access for non-payment under Clause 4.5 is not a termination.

14. FORCE MAJEURE

14.1 Neither party is liable for delay or failure caused by floods, closure of border crossings by the authorities, epidemics, failure of public telecommunication networks or other events beyond its reasonable control, provided it notifies the other party promptly. Fees are reduced in proportion for any month in which the Data Feed is interrupted for more than seven days by such an event.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming under its rules. The arbitration shall be conducted in Chinese and English, and the award is final and binding on both parties.

16. GENERAL

16.1 This Agreement, with Schedule A, is the entire agreement of the parties about its subject matter and replaces any earlier proposals.

16.2 Amendments must be made in writing and signed by both parties. Notices shall be sent by e-mail and courier to the addresses above.

16.3 This Agreement is signed in English in two originals, one for each party.

SCHEDULE A - DATA FEED

(a) Daily farm-gate and wholesale prices for banana, durian, passion fruit, dragon fruit, watermelon, coffee and cassava at twelve markets in Champasak, Salavan, Attapeu and Vientiane.
(b) Weekly harvest estimates and packing-house volumes for the main fruit-growing districts.
(c) Hourly waiting times and queue lengths for lorries at the Boten-Mohan crossing and two other crossings, during opening hours.
(d) Monthly summaries of export declarations by product, as published by the authorities.
Data partners: the Provider's surveyors in each province, the Champasak Fruit Growers Association, and one logistics company at Boten.

SIGNED by the authorised representatives of the parties:

For the Provider: Champa Data Services Co., Ltd.        Name / Title / Date: ____________

For the Customer: Kunming Dianhua Fruit Import and Export Co., Ltd.        Name / Title / Date: ____________
"""

# ================================================================ files
FILES = {  # key: (file name, lang, format, source)
    "z01": ("h431z01_natural_resources_spatial_plan_supervision_platform.pdf", "zh", "pdf", H431Z01),
    "z02": ("h431z02_pharma_freeze_dryer_control_retrofit.docx", "zh", "docx", H431Z02),
    "z03": ("h431z03_florist_chain_order_delivery_saas.txt", "zh", "txt", H431Z03),
    "z04": ("h431z04_social_insurance_system_annual_om.txt", "zh", "txt", H431Z04),
    "z05": ("h431z05_hotpot_base_mes_supplier_template.md", "zh", "md", H431Z05),
    "e01": ("h431e01_tea_trader_wms_licence_vietnam_vendor.pdf", "en", "pdf", H431E01),
    "e02": ("h431e02_travel_agency_booking_saas_order_form_thai_vendor.md", "en", "md", H431E02),
    "e03": ("h431e03_aquaculture_pond_sensors_indonesian_supplier.docx", "en", "docx", H431E03),
    "e04": ("h431e04_hotel_managed_network_cambodian_provider.md", "en", "md", H431E04),
    "e05": ("h431e05_fruit_importer_market_data_api_lao_vendor.txt", "en", "txt", H431E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# per draft: category, term overrides, extra, TCO design (fee base, fee per year) for goods, forum outside mainland, design rules
D = {
    "z01": dict(category="software", value=2680000, terms=dict(
        availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
        capped=True, fee_base=1260000, fee=100800, design=[]),
    "z02": dict(category="hardware", value=1350000, terms=dict(
        p1_response_hours=0.5, ld_rate_per_day_pct=0.03, liability_cap_pct=50, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, subcontract_without_consent=True,
        contract_kind="goods_or_licence"),
        capped=True, fee_base=1014000, fee=91260, design=["CR-LD-LOW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "z03": dict(category="cloud", value=351400, terms=dict(
        availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=300 / 351400 * 100, liability_cap_pct=200,
        auto_renewal_price_increase=True),
        design=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": dict(category="services", value=860000, terms=dict(p1_response_hours=0.25, sla_remedy=False),
        ld_stated=False, design=["CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "z05": dict(category="software", value=1278000, terms=dict(
        p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, ld_rate_per_day_pct=0.02,
        liability_cap_pct=20, prepayment_pct=50, final_payment_on_acceptance=True, warranty_months=3,
        post_warranty_fee_pct=28, subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
        capped=True, fee_base=760000, fee=212800,
        design=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(category="software", value=940000, terms=dict(
        p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=13, governing_law="Vietnam",
        contract_kind="goods_or_licence"),
        capped=True, fee_base=610000, fee=79300, design=["CR-GOVERNING-LAW"]),
    "e02": dict(category="cloud", value=382000, terms=dict(
        availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=250 / 382000 * 100,
        liability_cap_pct=6 / 24 * 100, subcontract_without_consent=True),
        design=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": dict(category="hardware", value=770000, terms=dict(
        p1_response_hours=2, data_security_clause=False, confidentiality=False, ld_rate_per_day_pct=0.1,
        prepayment_pct=45, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
        contract_kind="goods_or_licence"),
        capped=True, fee_base=693200, fee=55456, design=["CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-PREPAYMENT"]),
    "e04": dict(category="services", value=1170000, terms=dict(
        availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=900 / 1170000 * 100, liability_cap_pct=150),
        design=[]),
    "e05": dict(category="cloud", value=218400, terms=dict(
        sla_remedy=False, ld_rate_per_day_pct=200 / 218400 * 100, liability_cap_pct=200, acceptance_clause=False,
        termination_for_breach=False),
        sla=False, deemed=True, design=["CR-ACCEPTANCE", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
}

# price / payment sums (asserted)
assert 1260000 + 980000 + 316000 + 124000 == 2680000 and 536000 + 1206000 + 938000 == 2680000
assert 436000 + 128000 + 164000 + 286000 == 1014000 and 1014000 + 218000 + 96000 + 22000 == 1350000
assert 270000 + 472500 + 607500 == 1350000 and round(1014000 * 0.09) == 91260
assert 23 * 4800 * 2 + 36000 * 2 + 58600 == 351400 and (23 * 4800 + 36000) / 4 == 36600
assert 486000 + 212000 + 98000 + 64000 == 860000 and 860000 / 4 == 215000
assert 760000 + 420000 + 98000 == 1278000 and 639000 + 460080 + 178920 == 1278000 and 760000 * 28 // 100 == 212800
assert 318000 + 60 * 3600 + 40 * 1900 == 610000 and 610000 + 246000 + 58000 + 26000 == 940000
assert 188000 + 423000 + 329000 == 940000 and 610000 * 13 // 100 == 79300
assert 45 * 2400 * 2 + 64000 * 2 + 38000 == 382000 and (45 * 2400 + 64000) / 4 == 43000
assert 48 * 9800 + 12 * 6500 + 4 * 14200 + 88000 == 693200 and 693200 + 64800 + 12000 == 770000
assert 346500 + 269500 + 154000 == 770000 and 693200 * 8 // 100 == 55456
assert 46500 * 24 + 54000 == 1170000 and 8600 * 24 + 12000 == 218400


def tco_share(d):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    t = d["terms"]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * d["fee"]
    return post / (d["value"] + post) * 100


def my_rules(t, x, d):
    """My own reading of policy.md §3 (not project code)."""
    r = set()
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:  # "or unstated", with or without an SLA (relabelled by the requester)
        r.add("CR-SLA-RESPONSE")
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
            r.add("CR-SLA-AVAILABILITY")
        if not t["sla_remedy"]:
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if x["post_warranty_fee_capped"] and tco_share(d) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label(key):
    name, lang, fmt, _ = FILES[key]
    d = D[key]
    t = dict(BASE)
    t.update(d["terms"])
    t = {k: t[k] for k in TERM_KEYS}
    x = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld_stated", True)}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = d["capped"]
    x["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    x["contract_value"] = d["value"]
    rules = my_rules(t, x, d)
    assert rules == sorted(d["design"]), (key, rules, d["design"])
    return {"file": name, "language": lang, "category": d["category"], "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ================================================================ threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)\s*(?:%|％|percent|per\s*cent)",
    r"(?<![\d.])4\s*(?:个?小时|h\b|hours?\b|hrs?\b|-hour)", r"(?<![一二三四五六七八九十两〇零])四个?小时",
    r"\bfour[\s-]*(?:\(4\)\s*)?hours?", r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0\.050*(?!\d)\s*(?:%|％|percent|per\s*cent)", r"万分之五(?![十百千零〇一二三四五六七八九\d])",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之百", r"hundred\s*per\s*cent|hundred\s*percent",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"\bthirty\s*(?:\(30\)\s*)?(?:%|percent|per\s*cent)",
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"十二个月", r"一年", r"\btwelve[\s-]*(?:\(12\)\s*)?months?",
    r"\bone[\s-]*(?:\(1\)\s*)?years?\b", r"(?<![\d.])1\s*-?years?\b",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之十五", r"\bfifteen\s*(?:\(15\)\s*)?(?:%|percent|per\s*cent)",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"四成",
    r"\bforty\s*(?:\(40\)\s*)?(?:%|percent|per\s*cent)",
    r"(?<![\d.])5\s*(?:个?年|years?\b|-year)", r"(?<![〇零一二三四五六七八九十])五年", r"\bfive[\s-]*(?:\(5\)\s*)?years?",
    r"(?<![\d.])60\s*(?:个月|months?\b|-month)", r"六十个月", r"\bsixty[\s-]*(?:\(60\)\s*)?months?",
]
RX = [re.compile(p, re.I) for p in PATTERNS]


def hits(text):
    out = []
    for variant in (text, " ".join(text.split()), "".join(text.split())):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def self_test():
    must_hit = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "0.05 %", "万分之五",
                "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "一年", "twelve months", "one year",
                "12 months", "15%", "15 %", "40%", "四成", "5年", "五年", "five years", "60 months", "4-hour", "one-year"]
    must_miss = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14小时", "0.055%",
                 "1,000%", "130 %", "112 months", "25年", "24 hours", "5 years".replace("5", "25"), "99.5%", "10 %",
                 "Subscription Year", "万分之三", "48小时", "300元", "2026年6月30日"]
    for s in must_hit:
        assert hits(s), ("must hit", s)
    for s in must_miss:
        assert not hits(s), ("must miss", s, hits(s))


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, lang, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    bad = []
    for key, (name, lang, fmt, src) in FILES.items():
        lab = label(key)
        covered |= set(lab["expected_rules"])
        (OUT / name).with_suffix(".json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        h = hits(text) + hits(src)
        if h:
            bad.append((name, h))
        if lang == "zh":
            n, nws = len(text), len("".join(text.split()))
            ok = 2750 <= n <= 3000 and 2750 <= nws <= 3000
            print(f"{name}: {n} chars ({nws} without whitespace) {'OK' if ok else 'OUT OF RANGE'}")
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print(f"{name}: {n} words {'OK' if ok else 'OUT OF RANGE'}")
        t = lab["expected_terms"]
        share = f" TCO share {tco_share(D[key]):.1f}%" if t["contract_kind"] == "goods_or_licence" else ""
        print("   rules:", ", ".join(lab["expected_rules"]) or "(none)", "| risk", risk(lab["expected_rules"]) + share)
        # no label on a threshold
        thr = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
               "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
        for k, v in thr.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        if t["contract_kind"] == "goods_or_licence":
            assert abs(tco_share(D[key]) - 40) > 2, key
    allr = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
            "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
            "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
            "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    assert covered == allr, allr - covered
    print("all 20 CR rules covered")
    if bad:
        for b in bad:
            print("THRESHOLD HIT:", b)
        raise SystemExit(1)
    print("no threshold figure in any file or source")


if __name__ == "__main__":
    main()
